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
  POS_ENTRY_MODE("006_005", 400, "This card cannot be used with this POS entry mode."),
  INVALID_TRANSACTION("006_006", 400, "Invalid Transaction."),
  INVALID_AMOUNT("006_007", 400, "Invalid amount."),
  INVALID_CARD_NUMBER("006_008", 400, "Invalid card number."),
  REQUEST_FORMAT_ERROR("006_009", 400, "Request format error."),
  OVER_STORE_LIMIT("006_010", 400, "Over limit of the store."),
  EXPIRED_CARD("006_011", 400, "Expired card."),
  NOT_PERMITTED("006_012", 400, "Transaction not permitted."),
  TERMINAL_NOT_PERMITTED("006_013", 400, "Transaction does not permitted to terminal."),
  DUPLICATED_TRANSACTION("006_021", 400, "Request for duplicated transaction."),
  PAYMENT_SYSTEM_ERROR("006_022", 400, "System Error."),
  NO_ORIGINAL_TRANSACTION("006_030", 400, "No original transaction."),
  NO_BANK_ACCOUNT("007_001", 400, "Bank account not found."),
  BENEFIT_MISMATCH("007_002", 400, "Inconsistent requested benefit."),
  CREDIT_LIMIT_EXCEEDED("007_003", 400, "Credit limit exceeded."),
  WITHDRAW_FAILURE("007_004", 400, "Withdraw failure from PG."),
  RECHARGE_AMOUNT_NOT_POSITIVE("007_007", 400, "Recharge amount should be more than zero"),
  CHARGE_NOT_CANCELABLE("007_030", 400, "Cancellation not possible for this transaction."),
  OTHER_METHOD("007_040", 400, "Cancel request for another method."),
  NAME_MISMATCH("007_043", 400, "Cancellation request denied due to name mismatch."),

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
