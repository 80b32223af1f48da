package com.example.partner;

import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.RecordedRequest;
import com.konaplate.sdk.sandbox.SandboxCredentials;
import com.konaplate.sdk.sandbox.SandboxCryptoKey;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the encrypting quickstart against the local sandbox holding a generated key set: keys
 * handed over as PEM text, as partners receive them. Exits 0 when the call succeeded, the request
 * went out as a signed JWE the sandbox decrypted, and the card was discarded exactly once.
 */
public final class SmokeRun {
  private static final String PAR = "Q10000000000000000000000101";

  private SmokeRun() {
  }

  public static void main(String[] args) {
    List<String> problems = new ArrayList<String>();
    KonaplateSandbox sandbox = KonaplateSandbox.builder().generatedCryptoKey().start();
    try {
      SandboxCredentials c = sandbox.credentials();
      SandboxCryptoKey key = sandbox.cryptoKey();
      String outcome = Quickstart.run(sandbox.baseUrl(), c.aspId(), c.accessKey(), c.secretKey(),
          key.cryptoKeyId(), pem("PUBLIC KEY", key.serverPublicKey()),
          pem("PRIVATE KEY", key.clientPrivateKey().get()));
      if (!"000_000".equals(outcome)) {
        problems.add("the call did not succeed: " + outcome);
      }
      if (sandbox.terminationCount(PAR) != 1) {
        problems.add("the sandbox discarded the card " + sandbox.terminationCount(PAR) + " times");
      }
      List<RecordedRequest> requests = sandbox.recordedRequests();
      if (requests.size() != 1) {
        problems.add("the sandbox saw " + requests.size() + " requests, expected 1");
      } else if (!requests.get(0).bodyUtf8().startsWith("{\"encData\":\"")
          || requests.get(0).header("X-KM-Crypto-Key-Id") == null) {
        problems.add("the request was not encrypted");
      }
    } finally {
      sandbox.close();
    }
    System.exit(SmokeRunReport.report(problems, "encrypted, signed request decrypted and verified by the sandbox"));
  }

  private static String pem(String type, Key key) {
    String base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(key.getEncoded());
    return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
  }
}
