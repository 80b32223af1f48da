package com.konaplate.sdk.spring.boot.autoconfigure;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.KonaplateListener;
import com.konaplate.sdk.spi.PayloadEncryptor;
import com.konaplate.sdk.spring.boot.autoconfigure.internal.CompositeListener;
import com.konaplate.sdk.spring.boot.autoconfigure.internal.EncryptionFromProperties;
import com.konaplate.sdk.spring.boot.autoconfigure.internal.PropertiesBinder;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures a {@link KonaplateClient} from the {@code konaplate.*} properties unless the
 * application defines one: encryption from {@code konaplate.encryption.*} (or a
 * {@link PayloadEncryptor} bean) when konaplate-sdk-crypto is on the class path, every
 * {@link KonaplateListener} bean told about calls, then every
 * {@link KonaplateClientBuilderCustomizer}. The client is closed with the context.
 */
@AutoConfiguration
@ConditionalOnClass(KonaplateClient.class)
@EnableConfigurationProperties(KonaplateProperties.class)
public class KonaplateAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public KonaplateAutoConfiguration() {
  }

  /**
   * The client.
   *
   * @throws InvalidConfigurationPropertyValueException naming the property whose value the SDK
   *     refuses
   * @throws IllegalStateException naming a required property that is missing
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public KonaplateClient konaplateClient(KonaplateProperties properties,
      ObjectProvider<PayloadEncryptor> encryptor, ObjectProvider<KonaplateListener> listeners,
      ObjectProvider<KonaplateClientBuilderCustomizer> customizers) {
    KonaplateClient.Builder builder = PropertiesBinder.builder(properties);
    PayloadEncryptor payloadEncryptor = encryptor.getIfAvailable();
    if (payloadEncryptor != null) {
      builder.encryption(payloadEncryptor);
    } else if (properties.getEncryption().getCryptoKeyId() != null
        && !properties.getEncryption().getCryptoKeyId().trim().isEmpty()) {
      throw new InvalidConfigurationPropertyValueException("konaplate.encryption.crypto-key-id",
          PropertiesBinder.HIDDEN, "set, but konaplate-sdk-crypto is not on the class path: add "
          + "com.konaplate:konaplate-sdk-crypto to use encryption");
    }
    List<KonaplateListener> all = listeners.orderedStream().toList();
    if (all.size() == 1) {
      builder.listener(all.get(0));
    } else if (!all.isEmpty()) {
      builder.listener(new CompositeListener(all));
    }
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return PropertiesBinder.build(builder);
  }

  /** Encryption from {@code konaplate.encryption.*}, when konaplate-sdk-crypto is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "com.konaplate.sdk.crypto.JweEncryption")
  static class EncryptionConfiguration {

    @Bean
    @ConditionalOnMissingBean(PayloadEncryptor.class)
    PayloadEncryptor konaplatePayloadEncryptor(KonaplateProperties properties) {
      if (!EncryptionFromProperties.configured(properties.getEncryption())) {
        return null; // no bean: encryption is off
      }
      return EncryptionFromProperties.encryptor(properties.getEncryption());
    }
  }
}
