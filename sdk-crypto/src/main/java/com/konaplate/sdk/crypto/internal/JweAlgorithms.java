package com.konaplate.sdk.crypto.internal;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** The JWA algorithms this SDK speaks, as JCA parameters (RFC 7518, sections 4.3 and 5.3). */
final class JweAlgorithms {
  /** RSA with OAEP padding; the digests come from the {@link OAEPParameterSpec}. */
  static final String RSA_OAEP_TRANSFORMATION = "RSA/ECB/OAEPPadding";
  static final String AES_GCM_TRANSFORMATION = "AES/GCM/NoPadding";
  /** RFC 7518, 5.3: a 96-bit IV and a 128-bit authentication tag. */
  static final int GCM_IV_BYTES = 12;
  static final int GCM_TAG_BYTES = 16;

  static final Set<JWEAlgorithm> KEY_MANAGEMENT = Collections.unmodifiableSet(
      new LinkedHashSet<>(Arrays.asList(JWEAlgorithm.RSA_OAEP_256, JWEAlgorithm.RSA_OAEP)));
  static final Set<EncryptionMethod> CONTENT_ENCRYPTION = Collections.unmodifiableSet(
      new LinkedHashSet<>(Arrays.asList(EncryptionMethod.A128GCM, EncryptionMethod.A256GCM)));

  private static final OAEPParameterSpec OAEP_SHA256 = new OAEPParameterSpec("SHA-256", "MGF1",
      MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
  private static final OAEPParameterSpec OAEP_SHA1 = new OAEPParameterSpec("SHA-1", "MGF1",
      MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT);

  private JweAlgorithms() {
  }

  /** The OAEP digests of {@code RSA-OAEP-256} (SHA-256) or {@code RSA-OAEP} (SHA-1). */
  static OAEPParameterSpec oaep(JWEAlgorithm alg) throws JOSEException {
    if (JWEAlgorithm.RSA_OAEP_256.equals(alg)) {
      return OAEP_SHA256;
    }
    if (JWEAlgorithm.RSA_OAEP.equals(alg)) {
      return OAEP_SHA1;
    }
    throw new JOSEException("Unsupported JWE algorithm " + alg);
  }

  /** The content key length of {@code A128GCM} (16 bytes) or {@code A256GCM} (32 bytes). */
  static int contentKeyBytes(EncryptionMethod enc) throws JOSEException {
    if (EncryptionMethod.A128GCM.equals(enc)) {
      return 16;
    }
    if (EncryptionMethod.A256GCM.equals(enc)) {
      return 32;
    }
    throw new JOSEException("Unsupported JWE encryption method " + enc);
  }
}
