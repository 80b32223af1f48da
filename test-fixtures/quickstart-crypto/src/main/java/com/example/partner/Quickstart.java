package com.example.partner;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.crypto.JweEncryption;
import com.konaplate.sdk.crypto.RsaKeys;
import com.konaplate.sdk.exception.*;
import com.konaplate.sdk.spi.PayloadEncryptor;

/**
 * The README quickstart with the README's encryption switched on for every request; base URL,
 * credentials and keys are parameters. Compiled against konaplate-sdk-crypto alone (sdk-core
 * arrives through its POM).
 */
public final class Quickstart {
  private Quickstart() {
  }

  /** Runs the quickstart; returns the result code, or what went wrong. */
  public static String run(String baseUrl, String aspId, String accessKey, String secretKey,
      String cryptoKeyId, String serverPublicKeyPem, String clientPrivateKeyPem) {
    // README, "Encryption"
    PayloadEncryptor encryption = JweEncryption.builder()
        .cryptoKeyId(cryptoKeyId)                                       // 32 characters
        .serverPublicKey(RsaKeys.publicKeyFromPem(serverPublicKeyPem))
        .clientPrivateKey(RsaKeys.privateKeyFromPem(clientPrivateKeyPem))
        .policy(EncryptionPolicy.ALL_REQUESTS)
        .build();
    // ---- README quickstart, plus .encryption(...) ----
    try (KonaplateClient client = KonaplateClient.builder()
            .baseUrl(baseUrl)                       // README: the public sandbox (the default)
            .aspId(aspId)                           // 15 characters
            .accessKey(accessKey)                   // 40 characters
            .secretKey(secretKey)
            .encryption(encryption)
            .build()) {
        TerminateCardResult r = client.cards().terminate(100000000001L, "Q10000000000000000000000101");
        System.out.println(r.code() + " " + r.correlationId());  // 000_000 261125100203-1a2b3c4
        return r.code();
    } catch (CardHasBalanceException e) {
        // 001_052: refund the balance first
        return "unexpected " + e;
    } catch (KonaplateException e) {
        if (e.outcomeUnknown()) {
            // the card may have been discarded: check its state before acting
        }
        return "unexpected " + e;
    }
    // ---- end of the README quickstart ----
  }
}
