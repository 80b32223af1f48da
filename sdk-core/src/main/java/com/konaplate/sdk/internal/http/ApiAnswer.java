package com.konaplate.sdk.internal.http;

import com.google.gson.JsonObject;
import com.konaplate.sdk.internal.json.ResponseFields;
import com.konaplate.sdk.internal.json.StrictJson;
import java.util.function.Supplier;

/** A successful answer: status, envelope and the (decrypted) body. */
public final class ApiAnswer {
  private final int httpStatus;
  private final String code;
  private final String description;
  private final String correlationId;
  private final byte[] json;
  private final String dataText;
  private final Supplier<AttemptResult> recheck;

  /**
   * {@code dataText} is the body decoded as text for the readers, or null when the body is
   * exactly the envelope, read without a parser.
   */
  ApiAnswer(int httpStatus, String code, String description, String correlationId, byte[] json,
      String dataText) {
    this(httpStatus, code, description, correlationId, json, dataText, null);
  }

  /**
   * An answer whose checks are left to its reader when {@code recheck} is not null: the attempt
   * classified with every check, for when the reader refuses the body.
   */
  ApiAnswer(int httpStatus, String code, String description, String correlationId, byte[] json,
      String dataText, Supplier<AttemptResult> recheck) {
    this.httpStatus = httpStatus;
    this.code = code;
    this.description = description;
    this.correlationId = correlationId;
    this.json = json;
    this.dataText = dataText;
    this.recheck = recheck;
  }

  /**
   * True when only the envelope was found before reading (the body's strictness, its members
   * given twice and its end are checked by the reader in the same pass): a reader that refuses
   * such an answer has the attempt {@link #recheck() rechecked}, which classifies it as before.
   */
  public boolean checksDeferred() {
    return recheck != null;
  }

  /** The attempt classified with every check, as if none had been deferred. */
  public AttemptResult recheck() {
    if (recheck == null) {
      throw new IllegalStateException("nothing deferred");
    }
    return recheck.get();
  }

  /** The HTTP status. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The result code. */
  public String code() {
    return code;
  }

  /** The server's description, or null. */
  public String description() {
    return description;
  }

  /** The correlation id of the call. */
  public String correlationId() {
    return correlationId;
  }

  /** The (decrypted) response body as UTF-8 text. */
  public String json() {
    if (recheck != null) {
      checked();
    }
    return new String(json, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The (decrypted) body as text for the generated readers, decoded once when it was skimmed; null
   * when it is exactly the envelope (nothing else to read).
   */
  public String dataJson() {
    return dataText;
  }

  /** The whole (decrypted) response object as a tree, parsed on each call (for read-backs). */
  public JsonObject body() {
    return recheck != null ? checked() : ResponseReader.parseObject(json);
  }

  /**
   * The body of a deferred answer, refused unless one strict object with no member twice and no
   * {@code encData} (which the full checks would decrypt).
   */
  private JsonObject checked() {
    StrictJson.Parsed parsed = StrictJson.parseObjectNotingDuplicates(json);
    if (parsed.object() == null || parsed.duplicates() || parsed.object().has("encData")) {
      throw ResponseFields.unreadable("", null); // not one strict object, or a member twice
    }
    return parsed.object();
  }
}
