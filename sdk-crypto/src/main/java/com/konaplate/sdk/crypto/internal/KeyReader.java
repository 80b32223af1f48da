package com.konaplate.sdk.crypto.internal;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads RSA keys as partners receive them, PEM or DER, and refuses anything else with a
 * message that names the setting and the formats it expects. The common PEM forms are read by
 * the JDK alone ({@link JcaPem}); BouncyCastle parses the rest. The key objects always come from
 * the default JCA provider, the fastest path for the JDK's own RSA cipher. BouncyCastle is never
 * registered as a global provider.
 */
public final class KeyReader {
  /** The formats a public key setting accepts, for error messages. */
  public static final String PUBLIC_FORMATS = "expected an X.509 certificate (PEM \"BEGIN"
      + " CERTIFICATE\" or DER) or an RSA public key (PEM \"BEGIN PUBLIC KEY\" or DER"
      + " SubjectPublicKeyInfo)";
  /** The formats a private key setting accepts, for error messages. */
  public static final String PRIVATE_FORMATS = "expected an RSA private key as PKCS#8 (PEM"
      + " \"BEGIN PRIVATE KEY\" or DER), PKCS#1 (PEM \"BEGIN RSA PRIVATE KEY\") or encrypted"
      + " PKCS#8 (PEM \"BEGIN ENCRYPTED PRIVATE KEY\" or DER, with a password)";

  private static final String PEM_MARKER = "-----BEGIN ";

  private KeyReader() {
  }

  /** Created on first use only: building the provider's algorithm tables is not free. */
  private static final class Bc {
    static final Provider PROVIDER = new BouncyCastleProvider();
  }

  /** True when the bytes hold PEM text rather than DER. */
  static boolean isPem(byte[] data) {
    return text(data).contains(PEM_MARKER);
  }

  private static String text(byte[] data) {
    String s = new String(data, StandardCharsets.UTF_8);
    // Editors on Windows like to prepend a byte order mark, which hides the BEGIN line.
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Reads an RSA public key from a certificate or a public key, PEM or DER. */
  public static RSAPublicKey publicKey(byte[] data, String setting) {
    if (isPem(data)) {
      RSAPublicKey fast = JcaPem.publicKey(text(data));
      if (fast != null) {
        return RsaKeyRules.requirePublic(fast, setting);
      }
    }
    SubjectPublicKeyInfo spki = isPem(data)
        ? publicKeyInfoFromPem(text(data), setting)
        : publicKeyInfoFromDer(data, setting);
    return toRsaPublicKey(spki, setting);
  }

  /**
   * Reads an RSA private key, PEM or DER; {@code password} (may be null) opens an encrypted
   * key and {@code passwordSetting} names where it comes from in errors.
   */
  public static RSAPrivateKey privateKey(byte[] data, char[] password, String setting,
      String passwordSetting) {
    if (isPem(data)) {
      RSAPrivateKey fast = JcaPem.privateKey(text(data));
      if (fast != null) {
        RsaKeyRules.requirePrivate(fast, setting);
        return fast;
      }
    }
    PrivateKeyInfo info = isPem(data)
        ? privateKeyInfoFromPem(text(data), password, setting, passwordSetting)
        : privateKeyInfoFromDer(data, password, setting, passwordSetting);
    return toRsaPrivateKey(info, setting);
  }

  private static SubjectPublicKeyInfo publicKeyInfoFromPem(String pem, String setting) {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
        if (o instanceof X509CertificateHolder) {
          return ((X509CertificateHolder) o).getSubjectPublicKeyInfo();
        }
        if (o instanceof SubjectPublicKeyInfo) {
          return (SubjectPublicKeyInfo) o;
        }
        if (isPrivate(o)) {
          // Refuse rather than derive: a private key pasted here is a key in the wrong place.
          throw unreadable(setting, "it holds a private key", PUBLIC_FORMATS, null);
        }
        // Anything else (EC PARAMETERS before an EC key, say) is skipped.
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof KonaplateCryptoException) {
        throw (KonaplateCryptoException) e;
      }
      throw unreadable(setting, "it is not valid PEM", PUBLIC_FORMATS, e);
    }
    throw unreadable(setting, "no certificate or public key found in the PEM text",
        PUBLIC_FORMATS, null);
  }

  private static SubjectPublicKeyInfo publicKeyInfoFromDer(byte[] der, String setting) {
    ASN1Sequence seq = derSequence(der, setting, PUBLIC_FORMATS);
    try {
      if (seq.size() == 3 && seq.getObjectAt(0) instanceof ASN1Sequence) {
        return Certificate.getInstance(seq).getSubjectPublicKeyInfo();
      }
      if (seq.size() == 2 && seq.getObjectAt(0) instanceof ASN1Sequence) {
        return SubjectPublicKeyInfo.getInstance(seq);
      }
    } catch (RuntimeException e) {
      throw unreadable(setting, "it is neither a DER certificate nor a DER public key",
          PUBLIC_FORMATS, e);
    }
    throw unreadable(setting, "it is neither a DER certificate nor a DER public key",
        PUBLIC_FORMATS, null);
  }

  private static PrivateKeyInfo privateKeyInfoFromPem(String pem, char[] password,
      String setting, String passwordSetting) {
    Object found = null;
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
        if (isPrivate(o)) {
          found = o;
          break;
        }
        if (o instanceof X509CertificateHolder || o instanceof SubjectPublicKeyInfo) {
          throw unreadable(setting, "it holds a certificate or public key, not a private key",
              PRIVATE_FORMATS, null);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof KonaplateCryptoException) {
        throw (KonaplateCryptoException) e;
      }
      throw unreadable(setting, "it is not valid PEM", PRIVATE_FORMATS, e);
    }
    if (found == null) {
      throw unreadable(setting, "no private key found in the PEM text", PRIVATE_FORMATS, null);
    }
    if (found instanceof PrivateKeyInfo) {
      return (PrivateKeyInfo) found;
    }
    if (found instanceof PEMKeyPair) {
      return ((PEMKeyPair) found).getPrivateKeyInfo();
    }
    if (found instanceof PKCS8EncryptedPrivateKeyInfo) {
      return decrypt((PKCS8EncryptedPrivateKeyInfo) found, password, setting, passwordSetting);
    }
    return decryptLegacy((PEMEncryptedKeyPair) found, password, setting, passwordSetting);
  }

  private static PrivateKeyInfo privateKeyInfoFromDer(byte[] der, char[] password,
      String setting, String passwordSetting) {
    ASN1Sequence seq = derSequence(der, setting, PRIVATE_FORMATS);
    try {
      ASN1Encodable first = seq.size() >= 2 ? seq.getObjectAt(0) : null;
      ASN1Encodable second = seq.size() >= 2 ? seq.getObjectAt(1) : null;
      if (first instanceof ASN1Integer && second instanceof ASN1Sequence) {
        return PrivateKeyInfo.getInstance(seq);
      }
      if (seq.size() == 2 && first instanceof ASN1Sequence) {
        PKCS8EncryptedPrivateKeyInfo encrypted =
            new PKCS8EncryptedPrivateKeyInfo(EncryptedPrivateKeyInfo.getInstance(seq));
        return decrypt(encrypted, password, setting, passwordSetting);
      }
      if (seq.size() >= 9 && first instanceof ASN1Integer && second instanceof ASN1Integer) {
        // PKCS#1 RSAPrivateKey: wrap it into PKCS#8 for the key factory.
        AlgorithmIdentifier rsa =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
        return new PrivateKeyInfo(rsa,
            org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(seq));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof KonaplateCryptoException) {
        throw (KonaplateCryptoException) e;
      }
      throw unreadable(setting, "it is not a DER private key", PRIVATE_FORMATS, e);
    }
    throw unreadable(setting, "it is not a DER private key", PRIVATE_FORMATS, null);
  }

  private static ASN1Sequence derSequence(byte[] der, String setting, String formats) {
    if (der.length == 0) {
      throw unreadable(setting, "it is empty", formats, null);
    }
    try {
      ASN1Primitive p = ASN1Primitive.fromByteArray(der);
      if (p instanceof ASN1Sequence) {
        return (ASN1Sequence) p;
      }
    } catch (IOException | RuntimeException e) {
      throw unreadable(setting, "it is neither PEM text nor DER", formats, e);
    }
    throw unreadable(setting, "it is neither PEM text nor DER", formats, null);
  }

  private static boolean isPrivate(Object o) {
    return o instanceof PrivateKeyInfo || o instanceof PEMKeyPair
        || o instanceof PKCS8EncryptedPrivateKeyInfo || o instanceof PEMEncryptedKeyPair;
  }

  private static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo info, char[] password,
      String setting, String passwordSetting) {
    requirePassword(password, setting, passwordSetting, "an encrypted PKCS#8 key");
    try {
      return info.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
          .setProvider(Bc.PROVIDER)
          .build(password));
    } catch (Exception e) {
      throw new KonaplateCryptoException("Cannot read " + setting + ": cannot decrypt the"
          + " encrypted PKCS#8 key; check " + passwordSetting, RedactedCause.of(e));
    }
  }

  /** OpenSSL's traditional encrypted PEM ("Proc-Type: 4,ENCRYPTED"), still common. */
  private static PrivateKeyInfo decryptLegacy(PEMEncryptedKeyPair pair, char[] password,
      String setting, String passwordSetting) {
    requirePassword(password, setting, passwordSetting, "an encrypted PEM key");
    try {
      return pair.decryptKeyPair(new JcePEMDecryptorProviderBuilder()
          .setProvider(Bc.PROVIDER)
          .build(password))
          .getPrivateKeyInfo();
    } catch (Exception e) {
      throw new KonaplateCryptoException("Cannot read " + setting + ": cannot decrypt the"
          + " encrypted PEM key; check " + passwordSetting, RedactedCause.of(e));
    }
  }

  private static void requirePassword(char[] password, String setting, String passwordSetting,
      String what) {
    if (password == null || password.length == 0) {
      throw new KonaplateCryptoException("Cannot read " + setting + ": it is " + what
          + " and needs a password; set " + passwordSetting, null);
    }
  }

  private static RSAPublicKey toRsaPublicKey(SubjectPublicKeyInfo spki, String setting) {
    requireRsa(spki.getAlgorithm(), setting);
    PublicKey key;
    try {
      key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki.getEncoded()));
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      throw unreadable(setting, "the RSA public key is damaged", PUBLIC_FORMATS, e);
    }
    return RsaKeyRules.requirePublic(key, setting);
  }

  private static RSAPrivateKey toRsaPrivateKey(PrivateKeyInfo info, String setting) {
    requireRsa(info.getPrivateKeyAlgorithm(), setting);
    PrivateKey key;
    try {
      key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      throw unreadable(setting, "the RSA private key is damaged", PRIVATE_FORMATS, e);
    }
    if (!(key instanceof RSAPrivateKey)) {
      throw new KonaplateCryptoException(setting + ": RSA key required", null);
    }
    RsaKeyRules.requirePrivate(key, setting);
    return (RSAPrivateKey) key;
  }

  private static void requireRsa(AlgorithmIdentifier algorithm, String setting) {
    ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
    if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
      return;
    }
    throw new KonaplateCryptoException(setting + ": RSA key required, got " + describe(oid)
        + " key", null);
  }

  private static String describe(ASN1ObjectIdentifier oid) {
    if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
      return "an EC";
    }
    if (X9ObjectIdentifiers.id_dsa.equals(oid)) {
      return "a DSA";
    }
    if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(oid)) {
      return "an RSASSA-PSS (signature only)";
    }
    if (EdECObjectIdentifiers.id_Ed25519.equals(oid) || EdECObjectIdentifiers.id_Ed448.equals(oid)
        || EdECObjectIdentifiers.id_X25519.equals(oid)
        || EdECObjectIdentifiers.id_X448.equals(oid)) {
      return "an EdDSA/XDH";
    }
    return "a non-RSA (" + oid.getId() + ")";
  }

  private static KonaplateCryptoException unreadable(String setting, String why, String formats,
      Throwable cause) {
    return new KonaplateCryptoException("Cannot read " + setting + ": " + why + "; " + formats,
        RedactedCause.of(cause));
  }
}
