package com.konaplate.sdk.spring.boot.autoconfigure.internal;

import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.crypto.JweEncryption;
import com.konaplate.sdk.crypto.RsaKeys;
import com.konaplate.sdk.spring.boot.autoconfigure.KonaplateProperties;
import com.konaplate.sdk.spi.PayloadEncryptor;
import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.function.Function;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.io.Resource;

/**
 * The {@link JweEncryption} of {@code konaplate.encryption.*}, keys read from Spring
 * {@link Resource}s ({@code classpath:}, {@code file:}, ...). Only loaded when
 * konaplate-sdk-crypto is on the class path. Failures name the property, never key material.
 */
public final class EncryptionFromProperties {
  private EncryptionFromProperties() {
  }

  /** True when a crypto key id is set (not blank). */
  public static boolean configured(KonaplateProperties.Encryption e) {
    return e.getCryptoKeyId() != null && !e.getCryptoKeyId().trim().isEmpty();
  }

  /** The encryptor; {@link #configured} must be true. */
  public static PayloadEncryptor encryptor(KonaplateProperties.Encryption e) {
    JweEncryption.Builder b = JweEncryption.builder();
    PropertiesBinder.check("konaplate.encryption.crypto-key-id",
        () -> b.cryptoKeyId(e.getCryptoKeyId().trim()));
    if (e.getServerPublicKey() == null) {
      throw new InvalidConfigurationPropertyValueException("konaplate.encryption.server-public-key",
          null, "required when konaplate.encryption.crypto-key-id is set");
    }
    RSAPublicKey server = read(e.getServerPublicKey(), "konaplate.encryption.server-public-key",
        RsaKeys::publicKeyFromStream);
    b.serverPublicKey(server);
    if (e.getClientPrivateKey() != null) {
      char[] password = e.getClientPrivateKeyPassword() == null
          || e.getClientPrivateKeyPassword().isEmpty() ? null
          : e.getClientPrivateKeyPassword().toCharArray();
      try {
        RSAPrivateKey client = read(e.getClientPrivateKey(),
            "konaplate.encryption.client-private-key",
            in -> RsaKeys.privateKeyFromStream(in, password));
        b.clientPrivateKey(client);
      } finally {
        if (password != null) {
          Arrays.fill(password, '\0');
        }
      }
    }
    b.policy(e.isEncryptRequests() ? EncryptionPolicy.ALL_REQUESTS : EncryptionPolicy.FOLLOW_SPEC);
    return b.build();
  }

  private static <K> K read(Resource resource, String property, Function<InputStream, K> reader) {
    try (InputStream in = resource.getInputStream()) {
      return reader.apply(in);
    } catch (IOException ex) {
      throw new InvalidConfigurationPropertyValueException(property, resource.getDescription(),
          "cannot be read (" + ex.getClass().getSimpleName() + ")");
    } catch (RuntimeException ex) {
      // KonaplateCryptoException and argument checks: the message names the rule, not the key.
      throw new InvalidConfigurationPropertyValueException(property, resource.getDescription(),
          String.valueOf(ex.getMessage()));
    }
  }
}
