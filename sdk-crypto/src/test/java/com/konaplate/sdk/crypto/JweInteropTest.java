package com.konaplate.sdk.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.crypto.RSAEncrypter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPrivateKeySpec;
import java.util.Base64;
import java.util.stream.Stream;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwe.JsonWebEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our JWE against jose4j, an independent implementation, against Nimbus's own RSA encrypter and
 * decrypter (ours keep Nimbus's JWE format but do the JCA work themselves), and against RFC
 * 7516's example.
 */
class JweInteropTest {
  private static final byte[] TERMINATE =
      "{\"userId\":123456789012345678,\"par\":\"Q1000000000000000000000ABCD\"}"
          .getBytes(StandardCharsets.UTF_8);
  private static final String KEY_ID = "0123456789abcdef0123456789abcdef";

  static Stream<Arguments> algorithms() {
    return Stream.of(KeyManagement.values())
        .flatMap(alg -> Stream.of(ContentEncryption.values()).map(enc -> Arguments.of(alg, enc)));
  }

  private static JweEncryption client(KeyManagement alg, ContentEncryption enc) {
    return JweEncryption.builder()
        .cryptoKeyId(KEY_ID)
        .serverPublicKey(TestKeys.SERVER.getPublic())
        .clientPrivateKey(TestKeys.CLIENT.getPrivate())
        .keyManagement(alg)
        .contentEncryption(enc)
        .build();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("algorithms")
  void jose4jDecryptsWhatWeEncrypt(KeyManagement alg, ContentEncryption enc) throws Exception {
    String compact = client(alg, enc).encrypt(TERMINATE);

    JsonWebEncryption jose4j = new JsonWebEncryption();
    jose4j.setAlgorithmConstraints(
        new AlgorithmConstraints(ConstraintType.PERMIT, alg.jwaName()));
    jose4j.setContentEncryptionAlgorithmConstraints(
        new AlgorithmConstraints(ConstraintType.PERMIT, enc.jwaName()));
    jose4j.setCompactSerialization(compact);
    jose4j.setKey(TestKeys.SERVER.getPrivate());

    assertArrayEquals(TERMINATE, jose4j.getPlaintextBytes());
    String header = new String(Base64.getUrlDecoder().decode(compact.split("\\.")[0]),
        StandardCharsets.UTF_8);
    assertEquals("{\"alg\":\"" + alg.jwaName() + "\",\"enc\":\"" + enc.jwaName() + "\"}", header);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("algorithms")
  void weDecryptWhatJose4jEncrypts(KeyManagement alg, ContentEncryption enc) throws Exception {
    JsonWebEncryption jose4j = new JsonWebEncryption();
    jose4j.setAlgorithmHeaderValue(alg.jwaName());
    jose4j.setEncryptionMethodHeaderParameter(enc.jwaName());
    jose4j.setKey(TestKeys.CLIENT.getPublic());
    jose4j.setPlaintext(TERMINATE);
    String compact = jose4j.getCompactSerialization();

    // Whatever we were configured to send, responses in any accepted combination decrypt.
    assertArrayEquals(TERMINATE, client(KeyManagement.RSA_OAEP_256, ContentEncryption.A128GCM)
        .decrypt(compact));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("algorithms")
  void nimbusRsaDecrypterDecryptsWhatWeEncrypt(KeyManagement alg, ContentEncryption enc)
      throws Exception {
    JWEObject jwe = JWEObject.parse(client(alg, enc).encrypt(TERMINATE));
    jwe.decrypt(new RSADecrypter(TestKeys.SERVER.getPrivate()));

    assertArrayEquals(TERMINATE, jwe.getPayload().toBytes());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("algorithms")
  void weDecryptWhatNimbusRsaEncrypterEncrypts(KeyManagement alg, ContentEncryption enc)
      throws Exception {
    JWEObject jwe = new JWEObject(
        new JWEHeader(JWEAlgorithm.parse(alg.jwaName()), EncryptionMethod.parse(enc.jwaName())),
        new Payload(TERMINATE));
    jwe.encrypt(new RSAEncrypter((RSAPublicKey) TestKeys.CLIENT.getPublic()));

    assertArrayEquals(TERMINATE, client(KeyManagement.RSA_OAEP_256, ContentEncryption.A128GCM)
        .decrypt(jwe.serialize()));
  }

  @Test
  void manyMessagesThroughOneClient_eachDecrypt() {
    // Ciphers are reused between messages: none may carry a key, IV or AAD into the next.
    JweEncryption client = client(KeyManagement.RSA_OAEP_256, ContentEncryption.A256GCM);
    JweCodec server = JweCodec.forServer(TestKeys.SERVER.getPrivate(), TestKeys.CLIENT.getPublic());
    for (int i = 0; i < 20; i++) {
      byte[] message = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(message, server.decrypt(client.encrypt(message)));
      assertArrayEquals(message, client.decrypt(server.encrypt(message)));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("algorithms")
  void serverRoleCodec_readsRequestsAndAnswersTheClient(KeyManagement alg,
      ContentEncryption enc) {
    JweEncryption client = client(alg, enc);
    JweCodec server = JweCodec.builder()
        .decryptWith(TestKeys.SERVER.getPrivate())
        .encryptTo(TestKeys.CLIENT.getPublic())
        .keyManagement(alg)
        .contentEncryption(enc)
        .build();

    assertArrayEquals(TERMINATE, server.decrypt(client.encrypt(TERMINATE)));
    byte[] response = "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"
        .getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(response, client.decrypt(server.encrypt(response)));
  }

  @Test
  void forServer_usesTheDefaultAlgorithms() {
    JweCodec server = JweCodec.forServer(TestKeys.SERVER.getPrivate(), TestKeys.CLIENT.getPublic());
    String compact = server.encrypt(TERMINATE);

    assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(
        "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\"}".getBytes(StandardCharsets.UTF_8)),
        compact.split("\\.")[0]);
    assertArrayEquals(TERMINATE, client(KeyManagement.RSA_OAEP, ContentEncryption.A256GCM)
        .decrypt(compact));
  }

  @Test
  void encrypt_isRandomizedPerMessage() {
    JweEncryption client = client(KeyManagement.RSA_OAEP_256, ContentEncryption.A128GCM);
    assertNotEquals(client.encrypt(TERMINATE), client.encrypt(TERMINATE));
  }

  @Test
  void encrypt_withTheSameSeededRandom_isByteForByteTheSame() throws Exception {
    // Content key, IV and the OAEP padding's seed all come from the injected random.
    assertEquals(withSeededRandom().encrypt(TERMINATE), withSeededRandom().encrypt(TERMINATE));
  }

  @Test
  void encrypt_drawsContentKeyAndIvFromTheInjectedSecureRandom() throws Exception {
    String first = withSeededRandom().encrypt(TERMINATE);
    String second = withSeededRandom().encrypt(TERMINATE);

    String[] a = first.split("\\.");
    String[] b = second.split("\\.");
    // Same content key and IV: the same IV, ciphertext and tag (RSA-OAEP padding stays random).
    assertEquals(a[2], b[2]);
    assertEquals(a[3], b[3]);
    assertEquals(a[4], b[4]);
    JweCodec server = JweCodec.builder().decryptWith(TestKeys.SERVER.getPrivate()).build();
    assertArrayEquals(TERMINATE, server.decrypt(first));
    assertArrayEquals(TERMINATE, server.decrypt(second));
  }

  private static JweEncryption withSeededRandom() throws Exception {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(42L);
    return JweEncryption.builder()
        .cryptoKeyId(KEY_ID)
        .serverPublicKey(TestKeys.SERVER.getPublic())
        .secureRandom(random)
        .build();
  }

  /** RFC 7516, Appendix A.1: RSA-OAEP with A256GCM, key and ciphertext as published. */
  @Test
  void decrypt_rfc7516AppendixA1() throws Exception {
    String n = "oahUIoWw0K0usKNuOR6H4wkf4oBUXHTxRvgb48E-BVvxkeDNjbC4he8rUWcJoZmds2h7M70imEVhRU5d"
        + "jINXtqllXI4DFqcI1DgjT9LewND8MW2Krf3Spsk_ZkoFnilakGygTwpZ3uesH-PFABNIUYpOiN15dsQRkgr0"
        + "vEhxN92i2asbOenSZeyaxziK72UwxrrKoExv6kc5twXTq4h-QChLOln0_mtUZwfsRaMStPs6mS6XrgxnxbWh"
        + "ojf663tuEQueGC-FCMfra36C9knDFGzKsNa7LZK2djYgyD3JR_MB_4NUJW_TqOQtwHYbxevoJArm-L5Stowj"
        + "zGy-_bq6Gw";
    String d = "kLdtIj6GbDks_ApCSTYQtelcNttlKiOyPzMrXHeI-yk1F7-kpDxY4-WY5NWV5KntaEeXS1j82E375xxh"
        + "WMHXyvjYecPT9fpwR_M9gV8n9Hrh2anTpTD93Dt62ypW3yDsJzBnTnrYu1iwWRgBKrEYY46qAZIrA2xAwnm2"
        + "X7uGR1hghkqDp0Vqj3kbSCz1XyfCs6_LehBwtxHIyh8Ripy40p24moOAbgxVw3rxT_vlt3UVe4WO3JkJOzlp"
        + "Uf-KTVI2Ptgm-dARxTEtE-id-4OJr0h-K-VFs3VSndVTIznSxfyrj8ILL6MG_Uv8YAu7VILSB3lOW085-4qE"
        + "3DzgrTjgyQ";
    String jwe = "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ."
        + "OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_etLbbWSrFr"
        + "05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rzVRltdYwa"
        + "m_lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_tETKzpVLzfiwQyeyPGLBIO56YJ7eObdv"
        + "0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_ZT2LawVCWTIy3brGPi6UklfCpIMfIjf7iG"
        + "dXKHzg."
        + "48V1_ALb6US04U3b."
        + "5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A."
        + "XFBoMYUZodetZdvTiFvSkQ";
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(
        new RSAPrivateKeySpec(unsigned(n), unsigned(d)));

    byte[] plaintext = JweCodec.builder().decryptWith(key).build().decrypt(jwe);

    assertEquals("The true sign of intelligence is not knowledge but imagination.",
        new String(plaintext, StandardCharsets.UTF_8));
  }

  private static BigInteger unsigned(String base64Url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
  }
}
