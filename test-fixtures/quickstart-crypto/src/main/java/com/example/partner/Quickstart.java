package com.example.partner;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.TerminateCardResult;
import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.crypto.JweEncryption;
import com.konaplate.sdk.exception.*;
import com.konaplate.sdk.spi.PayloadEncryptor;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.RSADecrypter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;

/**
 * The README quickstart with sdk-crypto's encryption switched on for every request, against a
 * local stub holding the server's private key. Exits 0 when the call succeeded and the stub
 * received a signed, encrypted request that decrypts to the terminate request; 1 otherwise.
 */
public final class Quickstart {
  private static final String CRYPTO_KEY_ID = "0123456789abcdef0123456789abcdef";

  private Quickstart() {
  }

  public static void main(String[] args) throws Exception {
    int status;
    try (LocalKonaplateStub stub = new LocalKonaplateStub("ASP000000000001",
        System.getenv("KONAPLATE_ACCESS_KEY"), System.getenv("KONAPLATE_SECRET_KEY"))) {
      status = run(stub);
    }
    System.exit(status);
  }

  static int run(LocalKonaplateStub stub) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair server = generator.generateKeyPair();

    // sdk-crypto README, "Configure with the builder"
    PayloadEncryptor encryption = JweEncryption.builder()
        .cryptoKeyId(CRYPTO_KEY_ID)                          // 32 characters, from the portal
        .serverPublicKey(server.getPublic())
        .policy(EncryptionPolicy.ALL_REQUESTS)
        .build();

    String outcome = null;
    // ---- README quickstart, plus .encryption(...) ----
    try (KonaplateClient client = KonaplateClient.builder()
            .baseUrl(stub.baseUrl())                            // README: the public sandbox
            .aspId("ASP000000000001")                           // 15 characters
            .accessKey(System.getenv("KONAPLATE_ACCESS_KEY"))   // 40 characters
            .secretKey(System.getenv("KONAPLATE_SECRET_KEY"))
            .encryption(encryption)
            .build()) {
        TerminateCardResult r = client.cards().terminate(100000000001L, "Q10000000000000000000000101");
        System.out.println(r.code() + " " + r.correlationId());  // 000_000 261125100203-1a2b3c4
        outcome = r.code();
    } catch (CardHasBalanceException e) {
        // 001_052: refund the balance first
        outcome = "unexpected " + e;
    } catch (KonaplateException e) {
        if (e.outcomeUnknown()) {
            // the card may have been discarded: check its state before acting
        }
        outcome = "unexpected " + e;
    }
    // ---- end of the README quickstart ----

    List<String> problems = stub.problems();
    if (!"000_000".equals(outcome)) {
      problems.add(0, "the call did not succeed: " + outcome);
    }
    if (!stub.cryptoKeyIds().equals(java.util.Collections.singletonList(CRYPTO_KEY_ID))) {
      problems.add("X-KM-Crypto-Key-Id seen: " + stub.cryptoKeyIds() + ", expected " + CRYPTO_KEY_ID);
    }
    if (stub.bodies().size() != 1) {
      problems.add("the stub saw " + stub.bodies().size() + " requests, expected 1");
    } else {
      String body = new String(stub.bodies().get(0), StandardCharsets.UTF_8);
      JsonObject envelope = JsonParser.parseString(body).getAsJsonObject();
      if (envelope.size() != 1 || !envelope.has("encData")) {
        problems.add("the request body is not {\"encData\": ...}: " + body);
      } else {
        JWEObject jwe = JWEObject.parse(envelope.get("encData").getAsString());
        jwe.decrypt(new RSADecrypter(server.getPrivate()));
        String plain = jwe.getPayload().toString();
        if (!plain.contains("\"userId\":100000000001") || !plain.contains("\"par\":\"Q10000000000000000000000101\"")) {
          problems.add("the decrypted request is unexpected: " + plain);
        }
      }
    }
    if (!problems.isEmpty()) {
      System.err.println("QUICKSTART (crypto) FAILED on Java " + System.getProperty("java.version") + ":");
      for (String p : problems) {
        System.err.println("  " + p);
      }
      return 1;
    }
    System.out.println("QUICKSTART (crypto) OK on Java " + System.getProperty("java.version")
        + ": signed, encrypted request (" + CRYPTO_KEY_ID + ") decrypted by the server key");
    return 0;
  }
}
