package com.konaplate.sdk;

import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.internal.json.StrictJson;
import com.konaplate.sdk.spec.RetryClass;
import java.util.regex.Pattern;

/**
 * A call to an operation the SDK does not type yet (or that KONA PLATE released after it): a
 * path below the base URL and a JSON object body, sent through {@link KonaplateClient#rawCall}
 * with the same signing, encryption, deadline and outcome rules as a typed call. Retried as an
 * {@link RetryClass#UNSAFE} write unless declared a {@link #builder() read}. Immutable.
 */
public final class RawRequest {
  private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_.~-]+)+");

  private final String path;
  private final String json;
  private final RetryClass retryClass;
  private final boolean encryptRequest;
  private final boolean encryptResponse;

  private RawRequest(Builder b) {
    this.path = b.path;
    this.json = b.json;
    this.retryClass = b.retryClass;
    this.encryptRequest = b.encryptRequest;
    this.encryptResponse = b.encryptResponse;
  }

  /** A new builder: no path, no body, retried as unsafe, not encrypted. */
  public static Builder builder() {
    return new Builder();
  }

  /** The path below the base URL, e.g. {@code /api/v1/user/info}. */
  public String path() {
    return path;
  }

  /** The JSON object sent (before encryption). */
  public String json() {
    return json;
  }

  /** How the call may be resent. */
  public RetryClass retryClass() {
    return retryClass;
  }

  /** True when the request is sent JWE-encrypted. */
  public boolean encryptRequest() {
    return encryptRequest;
  }

  /** True when a 2xx answer must be encrypted (a plaintext one is refused). */
  public boolean encryptResponse() {
    return encryptResponse;
  }

  /** The path and settings; never the body, which may hold personal data. */
  @Override
  public String toString() {
    return "RawRequest{path=" + path + ", retryClass=" + retryClass + ", encryptRequest="
        + encryptRequest + ", encryptResponse=" + encryptResponse + '}';
  }

  /** Builds a {@link RawRequest}. Not thread-safe. */
  public static final class Builder {
    private String path;
    private String json;
    private RetryClass retryClass = RetryClass.UNSAFE;
    private boolean encryptRequest;
    private boolean encryptResponse;

    private Builder() {
    }

    /** Sets the path below the base URL: segments of letters, digits, {@code _.~-}. */
    public Builder path(String path) {
      this.path = path;
      return this;
    }

    /** Sets the body, a JSON object. */
    public Builder json(String json) {
      this.json = json;
      return this;
    }

    /**
     * Declares the call a read (no effect on the server), so it is resent after any transient
     * failure and never ends outcome-unknown. Only for operations that really change nothing.
     */
    public Builder read() {
      this.retryClass = RetryClass.READ;
      return this;
    }

    /** Sets how the call may be resent (default {@link RetryClass#UNSAFE}). */
    public Builder retryClass(RetryClass retryClass) {
      if (retryClass == null) {
        throw new NullPointerException("retryClass == null");
      }
      this.retryClass = retryClass;
      return this;
    }

    /** Encrypts the request (JWE), as the operation's page flags it. */
    public Builder encryptRequest(boolean encryptRequest) {
      this.encryptRequest = encryptRequest;
      return this;
    }

    /** Requires the answer to be encrypted, as the operation's page flags it. */
    public Builder encryptResponse(boolean encryptResponse) {
      this.encryptResponse = encryptResponse;
      return this;
    }

    /**
     * Returns the request.
     *
     * @throws RequestValidationException when the path or the body breaks its rule
     */
    public RawRequest build() {
      if (path == null || !PATH.matcher(path).matches() || path.contains("/../")
          || path.endsWith("/..") || path.contains("/./")) {
        throw new RequestValidationException("path",
            "must be a path below the base URL such as /api/v1/user/info");
      }
      if (json == null || !json.trim().startsWith("{") || !StrictJson.isValid(json)) {
        throw new RequestValidationException("json", "must be a JSON object");
      }
      return new RawRequest(this);
    }
  }
}
