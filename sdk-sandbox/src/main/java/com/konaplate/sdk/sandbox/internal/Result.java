package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.SandboxCodes;

/**
 * Every answer the engine gives outside injected faults: the published KONA PLATE codes with
 * their published messages (openapi.yaml, x-konaplate-error-catalog) and the sandbox's own.
 */
public enum Result {
  SUCCESS("000_000", 200, "Success"),
  INVALID_INPUT("000_002", 400, "Invalid input parameter"),
  MISSING_VALUE("000_003", 400, "Missing required values"),
  WRONG_LENGTH("000_015", 400, "The length of value does not match"),
  USER_EXISTS("001_001", 400, "User already exists"),
  USER_NOT_FOUND("001_006", 400, "Wallet user not found"),
  PIN_MISMATCH("001_045", 400, "Wallet pin didn't match."),
  INVALID_CARD("001_047", 400, "Invalid card info"),
  CARD_HAS_BALANCE("001_052", 400, "Active card has balance"),
  BASIC_CARD("001_059", 400, "Can not delete basic card"),
  SUB_CARD("001_061", 400,
      "Cannot delete Sub card directly, Sub Card will be automatically deleted when Main card deleted."),
  MARRIED_CARD("001_062", 400, "Card is married to cardSe. Disconnect before delete."),
  NOT_ACTIVE("001_068", 400, "Wallet login failed. User not active."),
  LOGIN_LOCKED("001_069", 400,
      "Wallet login failed. User login attempt crossed please reset password."),
  INVALID_TERMS("001_079", 400,
      "Terms and conditions management service failed. Terms and conditions ID is not valid."),
  BLOCKED("001_080", 400, "User is blocked forgiven data and asp configuration"),
  MANDATORY_TERMS("001_081", 400, "Mandatory terms and conditions cannot be deleted."),
  NOT_DORMANT("001_087", 400, "Dormancy user not found"),
  INVALID_CARD_DETAILS("003_001", 400, "Invalid card info."),
  NOT_CANCELABLE_DAY("003_002", 400, "Card issue is not cancelable due to day."),
  NOT_CANCELABLE_STATUS("003_003", 400, "Card issue is not cancelable due to status."),
  PAR_NOT_FOUND("003_021", 400, "Cannot find par"),
  CARD_ALREADY_TERMINATED("003_022", 400, "Card already terminated"),
  NO_ACCOUNT_INFO("003_024", 400, "Don't have account info"),

  UNKNOWN_CREDENTIALS(SandboxCodes.UNKNOWN_CREDENTIALS, 401, "Unknown ASP ID or access key"),
  TOKEN_SIGNATURE_MISMATCH(SandboxCodes.TOKEN_SIGNATURE_MISMATCH, 401,
      "X-KM-Tran-Token signature mismatch"),
  CLOCK_SKEW(SandboxCodes.CLOCK_SKEW, 401, "Request time outside the allowed clock skew"),
  TOKEN_TIME_MISMATCH(SandboxCodes.TOKEN_TIME_MISMATCH, 401,
      "X-KM-Tran-Token time and X-KM-Tran-Time disagree"),
  CRYPTO_KEY_UNKNOWN(SandboxCodes.CRYPTO_REFUSED, 401, "Unknown X-KM-Crypto-Key-Id"),
  CRYPTO_UNDECRYPTABLE(SandboxCodes.CRYPTO_REFUSED, 401,
      "encData cannot be decrypted with the server key of X-KM-Crypto-Key-Id"),
  ENCRYPTION_REQUIRED(SandboxCodes.ENCRYPTION_REQUIRED, 400,
      "Request must be encrypted: send {\"encData\":\"<JWE>\"} with X-KM-Crypto-Key-Id"),
  MEMBER_HAS_SUSPENDED_CARD(SandboxCodes.MEMBER_HAS_SUSPENDED_CARD, 400,
      "Member has a suspended card"),
  NOT_EMULATED(SandboxCodes.NOT_EMULATED, 501, "Operation not emulated by this sandbox"),
  NOT_FOUND(SandboxCodes.NOT_FOUND, 404, "No such operation"),
  METHOD_NOT_ALLOWED(SandboxCodes.METHOD_NOT_ALLOWED, 405, "Method not allowed; use POST"),
  UNSUPPORTED_MEDIA_TYPE(SandboxCodes.UNSUPPORTED_MEDIA_TYPE, 415,
      "Unsupported media type; send application/json in UTF-8");

  public final String code;
  public final int httpStatus;
  public final String description;

  Result(String code, int httpStatus, String description) {
    this.code = code;
    this.httpStatus = httpStatus;
    this.description = description;
  }
}
