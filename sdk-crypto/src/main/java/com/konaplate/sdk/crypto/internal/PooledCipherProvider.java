package com.konaplate.sdk.crypto.internal;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEProvider;
import com.nimbusds.jose.jca.JWEJCAContext;
import java.util.Set;

/**
 * What {@link RsaOaepGcmEncrypter} and {@link RsaOaepGcmDecrypter} share: the JWE algorithms
 * they speak ({@link JweAlgorithms}) and one pool of idle ciphers per transformation.
 */
abstract class PooledCipherProvider implements JWEProvider {
  final CipherPool rsa = new CipherPool(JweAlgorithms.RSA_OAEP_TRANSFORMATION);
  final CipherPool gcm = new CipherPool(JweAlgorithms.AES_GCM_TRANSFORMATION);
  private final JWEJCAContext jcaContext = new JWEJCAContext();

  @Override
  public Set<JWEAlgorithm> supportedJWEAlgorithms() {
    return JweAlgorithms.KEY_MANAGEMENT;
  }

  @Override
  public Set<EncryptionMethod> supportedEncryptionMethods() {
    return JweAlgorithms.CONTENT_ENCRYPTION;
  }

  /** Not consulted: ciphers come from the JCA's preferred providers. */
  @Override
  public JWEJCAContext getJCAContext() {
    return jcaContext;
  }
}
