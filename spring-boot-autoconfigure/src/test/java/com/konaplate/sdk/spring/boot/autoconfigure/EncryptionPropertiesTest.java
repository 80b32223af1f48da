package com.konaplate.sdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.crypto.JweEncryption;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.SandboxCryptoKey;
import com.konaplate.sdk.spi.PayloadEncryptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Encryption keys as Spring resources, against the sandbox's crypto key. */
class EncryptionPropertiesTest {
  private static KonaplateSandbox sandbox;
  @TempDir
  static Path keys;
  private static String serverKey;
  private static String clientKey;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KonaplateAutoConfiguration.class));

  @BeforeAll
  static void start() throws Exception {
    sandbox = KonaplateSandbox.start();
    SandboxCryptoKey key = sandbox.cryptoKey();
    serverKey = "file:" + write("server.pem", "PUBLIC KEY", key.serverPublicKey().getEncoded());
    clientKey = "file:" + write("client.pem", "PRIVATE KEY", key.clientPrivateKey().get().getEncoded());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Path write(String name, String type, byte[] der) throws Exception {
    String pem = "-----BEGIN " + type + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END " + type + "-----\n";
    return Files.writeString(keys.resolve(name), pem);
  }

  private ApplicationContextRunner configured() {
    return runner.withPropertyValues("konaplate.base-url=" + sandbox.baseUrl(),
        "konaplate.asp-id=" + sandbox.credentials().aspId(),
        "konaplate.access-key=" + sandbox.credentials().accessKey(),
        "konaplate.secret-key=" + sandbox.credentials().secretKey(),
        "konaplate.encryption.crypto-key-id=" + sandbox.cryptoKey().cryptoKeyId());
  }

  @Test
  void keysFromResources_encryptAndDecrypt_anEncryptedOperationWorks() {
    configured().withPropertyValues("konaplate.encryption.server-public-key=" + serverKey,
        "konaplate.encryption.client-private-key=" + clientKey).run(context -> {
          assertThat(context).hasSingleBean(PayloadEncryptor.class);
          KonaplateClient client = context.getBean(KonaplateClient.class);
          assertThat(client.toString()).contains("encryption=on");
          DocumentedCase c = DocumentedCase.SUCCESS;
          // Search for Card answers JWE-encrypted: it reads only with the client private key.
          assertThat(client.cards().search(c.userId()).cards()).isNotEmpty();
        });
  }

  @Test
  void withoutACryptoKeyId_thereIsNoEncryption() {
    runner.withPropertyValues("konaplate.asp-id=" + sandbox.credentials().aspId(),
        "konaplate.access-key=" + sandbox.credentials().accessKey(),
        "konaplate.secret-key=x", "konaplate.encryption.crypto-key-id=").run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(KonaplateClient.class).toString()).contains("encryption=off");
        });
  }

  @Test
  void aCryptoKeyIdWithoutTheServerKey_failsNamingTheServerKeyProperty() {
    configured().run(context -> assertThat(BadPropertiesTest.messages(context.getStartupFailure()))
        .contains("konaplate.encryption.server-public-key").contains("required"));
  }

  @Test
  void aKeyFileThatIsMissing_failsNamingItsProperty() {
    configured().withPropertyValues("konaplate.encryption.server-public-key=file:/nonexistent/server.pem")
        .run(context -> assertThat(BadPropertiesTest.messages(context.getStartupFailure()))
            .contains("konaplate.encryption.server-public-key").contains("cannot be read"));
  }

  @Test
  void aKeyFileThatIsNotAKey_failsNamingItsProperty_withoutItsContent() throws Exception {
    Path notAKey = Files.writeString(keys.resolve("secret.txt"), "hunter2-not-a-key");
    configured().withPropertyValues("konaplate.encryption.server-public-key=" + serverKey,
        "konaplate.encryption.client-private-key=file:" + notAKey).run(context -> {
          String messages = BadPropertiesTest.messages(context.getStartupFailure());
          assertThat(messages).contains("konaplate.encryption.client-private-key")
              .doesNotContain("hunter2");
        });
  }

  @Test
  void aCryptoKeyIdWithoutKonaplateSdkCrypto_failsNamingTheProperty() {
    configured().withClassLoader(new FilteredClassLoader(JweEncryption.class)).run(context ->
        assertThat(BadPropertiesTest.messages(context.getStartupFailure()))
            .contains("konaplate.encryption.crypto-key-id")
            .contains("konaplate-sdk-crypto is not on the class path"));
  }
}
