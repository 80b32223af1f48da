package com.konaplate.sdk.spring.boot.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code konaplate.*} properties: one per {@code KONAPLATE_*} variable that
 * {@code KonaplateClient.fromEnv()} reads, plus the builder's timeouts, retry policy and body
 * logging. Values are checked when the client bean is made: a malformed one fails start-up with
 * a message naming the property, never echoing its value. Spring binds it; not thread-safe
 * while binding, read-only afterwards. {@link #toString()} shows no key.
 */
@ConfigurationProperties("konaplate")
public class KonaplateProperties {
  /**
   * Base URL of the KONA PLATE Open API (KONAPLATE_BASE_URL). https://, or http:// for
   * loopback hosts only.
   */
  private String baseUrl = "https://sandbox.konaplate.com/open-api";
  /** ASP ID, 15 characters, sent as X-KM-User-AspId (KONAPLATE_ASP_ID). */
  private String aspId;
  /** Access key, 40 characters, sent as X-KM-Access-Key (KONAPLATE_ACCESS_KEY). */
  private String accessKey;
  /** Secret key that signs requests; never sent, never logged (KONAPLATE_SECRET_KEY). */
  private String secretKey;
  /** Three-letter zone of the request times, KST or e.g. UTC (KONAPLATE_TIME_ZONE). */
  private String timeZone = "KST";
  /** Connect timeout of one attempt. */
  private Duration connectTimeout = Duration.ofSeconds(10);
  /** Read timeout of one attempt. */
  private Duration readTimeout = Duration.ofSeconds(30);
  /** Write timeout of one attempt. */
  private Duration writeTimeout = Duration.ofSeconds(30);
  /**
   * Whether request and response bodies are logged at TRACE on logger com.konaplate.sdk.call,
   * redacted by field.
   */
  private boolean logBodies;
  private final Retry retry = new Retry();
  private final Encryption encryption = new Encryption();
  private final Health health = new Health();

  /** The base URL. */
  public String getBaseUrl() {
    return baseUrl;
  }

  /** Sets the base URL. */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The ASP ID, or null. */
  public String getAspId() {
    return aspId;
  }

  /** Sets the ASP ID. */
  public void setAspId(String aspId) {
    this.aspId = aspId;
  }

  /** The access key, or null. */
  public String getAccessKey() {
    return accessKey;
  }

  /** Sets the access key. */
  public void setAccessKey(String accessKey) {
    this.accessKey = accessKey;
  }

  /** The secret key, or null. */
  public String getSecretKey() {
    return secretKey;
  }

  /** Sets the secret key. */
  public void setSecretKey(String secretKey) {
    this.secretKey = secretKey;
  }

  /** The time zone name. */
  public String getTimeZone() {
    return timeZone;
  }

  /** Sets the time zone name. */
  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /** The connect timeout. */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** Sets the connect timeout. */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** The read timeout. */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** Sets the read timeout. */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** The write timeout. */
  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  /** Sets the write timeout. */
  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  /** Whether bodies are logged at TRACE. */
  public boolean isLogBodies() {
    return logBodies;
  }

  /** Sets whether bodies are logged at TRACE. */
  public void setLogBodies(boolean logBodies) {
    this.logBodies = logBodies;
  }

  /** The retry policy properties. */
  public Retry getRetry() {
    return retry;
  }

  /** The encryption properties. */
  public Encryption getEncryption() {
    return encryption;
  }

  /** The health indicator properties. */
  public Health getHealth() {
    return health;
  }

  /** Shows the settings that are not secret; keys only as set or not. */
  @Override
  public String toString() {
    return "KonaplateProperties{baseUrl=" + baseUrl + ", aspId=" + aspId + ", accessKey="
        + (accessKey == null ? "unset" : "set") + ", secretKey="
        + (secretKey == null ? "unset" : "set") + ", timeZone=" + timeZone + '}';
  }

  /** {@code konaplate.retry.*}: the client's {@code RetryPolicy}. */
  public static class Retry {
    /** Most attempts per call, the first included (1 to 10); 1 disables retries. */
    private int maxAttempts = 3;
    /** Ceiling of the first backoff (full jitter, exponential). */
    private Duration baseDelay = Duration.ofMillis(200);
    /** Largest backoff ceiling. */
    private Duration maxDelay = Duration.ofSeconds(5);
    /** Time one call may take, all attempts and waits included. */
    private Duration deadline = Duration.ofSeconds(30);
    /** Size of the client-wide retry budget; negative is unlimited. */
    private int budget = 500;
    /**
     * Whether an ambiguous terminate, suspend or resume is settled by reading the card list.
     */
    private boolean readBack = true;

    /** Most attempts per call. */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /** Sets the most attempts per call. */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** The first backoff ceiling. */
    public Duration getBaseDelay() {
      return baseDelay;
    }

    /** Sets the first backoff ceiling. */
    public void setBaseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
    }

    /** The largest backoff ceiling. */
    public Duration getMaxDelay() {
      return maxDelay;
    }

    /** Sets the largest backoff ceiling. */
    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }

    /** The deadline of a call. */
    public Duration getDeadline() {
      return deadline;
    }

    /** Sets the deadline of a call. */
    public void setDeadline(Duration deadline) {
      this.deadline = deadline;
    }

    /** The retry budget. */
    public int getBudget() {
      return budget;
    }

    /** Sets the retry budget. */
    public void setBudget(int budget) {
      this.budget = budget;
    }

    /** Whether read-backs are on. */
    public boolean isReadBack() {
      return readBack;
    }

    /** Sets whether read-backs are on. */
    public void setReadBack(boolean readBack) {
      this.readBack = readBack;
    }
  }

  /** {@code konaplate.encryption.*}: JWE message encryption, needs konaplate-sdk-crypto. */
  public static class Encryption {
    /**
     * Crypto key id, 32 characters (KONAPLATE_CRYPTO_KEY_ID); encryption is on when it is set.
     */
    private String cryptoKeyId;
    /**
     * The server's certificate or public key, PEM or DER, e.g. classpath:keys/server.crt
     * (KONAPLATE_SERVER_PUBLIC_KEY).
     */
    private Resource serverPublicKey;
    /**
     * The client private key, PKCS#8 or PKCS#1, PEM or DER, e.g. file:/run/secrets/client.pem
     * (KONAPLATE_CLIENT_PRIVATE_KEY).
     */
    private Resource clientPrivateKey;
    /** Password of an encrypted client private key (KONAPLATE_CLIENT_PRIVATE_KEY_PASSWORD). */
    private String clientPrivateKeyPassword;
    /**
     * Whether every request is encrypted; false follows openapi.yaml
     * (KONAPLATE_ENCRYPT_REQUESTS).
     */
    private boolean encryptRequests;

    /** The crypto key id, or null. */
    public String getCryptoKeyId() {
      return cryptoKeyId;
    }

    /** Sets the crypto key id. */
    public void setCryptoKeyId(String cryptoKeyId) {
      this.cryptoKeyId = cryptoKeyId;
    }

    /** The server public key's location, or null. */
    public Resource getServerPublicKey() {
      return serverPublicKey;
    }

    /** Sets the server public key's location. */
    public void setServerPublicKey(Resource serverPublicKey) {
      this.serverPublicKey = serverPublicKey;
    }

    /** The client private key's location, or null. */
    public Resource getClientPrivateKey() {
      return clientPrivateKey;
    }

    /** Sets the client private key's location. */
    public void setClientPrivateKey(Resource clientPrivateKey) {
      this.clientPrivateKey = clientPrivateKey;
    }

    /** The client private key's password, or null. */
    public String getClientPrivateKeyPassword() {
      return clientPrivateKeyPassword;
    }

    /** Sets the client private key's password. */
    public void setClientPrivateKeyPassword(String clientPrivateKeyPassword) {
      this.clientPrivateKeyPassword = clientPrivateKeyPassword;
    }

    /** Whether every request is encrypted. */
    public boolean isEncryptRequests() {
      return encryptRequests;
    }

    /** Sets whether every request is encrypted. */
    public void setEncryptRequests(boolean encryptRequests) {
      this.encryptRequests = encryptRequests;
    }

    /** Shows whether encryption is configured; never a key. */
    @Override
    public String toString() {
      return "Encryption{cryptoKeyId=" + cryptoKeyId + ", encryptRequests=" + encryptRequests + '}';
    }
  }

  /** {@code konaplate.health.*}: the health indicator. */
  public static class Health {
    /**
     * Whether the "konaplate" health indicator is registered (Spring Boot 4). It reports local
     * state only and never calls KONA PLATE.
     */
    private boolean enabled;
    /**
     * How many of the latest calls the indicator summarises.
     */
    private int recentCalls = 100;
    /**
     * Consecutive calls ending failed or outcome-unknown after which the indicator reports
     * DOWN; 0 (default) never reports DOWN for call outcomes.
     */
    private int downAfterConsecutiveFailures;

    /** Whether the indicator is on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the indicator is on. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** How many recent calls are summarised. */
    public int getRecentCalls() {
      return recentCalls;
    }

    /** Sets how many recent calls are summarised. */
    public void setRecentCalls(int recentCalls) {
      this.recentCalls = recentCalls;
    }

    /** The consecutive failures that make the indicator DOWN; 0 never. */
    public int getDownAfterConsecutiveFailures() {
      return downAfterConsecutiveFailures;
    }

    /** Sets the consecutive failures that make the indicator DOWN; 0 never. */
    public void setDownAfterConsecutiveFailures(int downAfterConsecutiveFailures) {
      this.downAfterConsecutiveFailures = downAfterConsecutiveFailures;
    }
  }
}
