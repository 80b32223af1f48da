package com.konaplate.sdk.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KONA PLATE Open API as this SDK was generated from it (openapi.yaml). Immutable and
 * thread-safe; {@link #konaplate()} returns the one description.
 */
public final class ApiDescriptor {
  private final String successCode;
  private final List<OperationDescriptor> operations;
  private final Map<String, OperationDescriptor> byId;
  private final Map<String, OperationDescriptor> byPath;
  private final Map<String, ErrorCodeDescriptor> errorCodes;

  private ApiDescriptor(Builder b) {
    this.successCode = b.successCode;
    this.operations = Collections.unmodifiableList(new ArrayList<>(b.operations));
    Map<String, OperationDescriptor> id = new LinkedHashMap<>();
    Map<String, OperationDescriptor> path = new LinkedHashMap<>();
    for (OperationDescriptor op : operations) {
      id.put(op.operationId(), op);
      path.put(op.path(), op);
    }
    this.byId = Collections.unmodifiableMap(id);
    this.byPath = Collections.unmodifiableMap(path);
    this.errorCodes = Collections.unmodifiableMap(new LinkedHashMap<>(b.errorCodes));
  }

  /** The API this SDK was generated from. */
  public static ApiDescriptor konaplate() {
    return Holder.INSTANCE;
  }

  static Builder builder(String successCode) {
    return new Builder(successCode);
  }

  /** The result code of success, {@code 000_000}. */
  public String successCode() {
    return successCode;
  }

  /** Every operation, in the spec's order. */
  public List<OperationDescriptor> operations() {
    return operations;
  }

  /** The operation with this operationId, or null. */
  public OperationDescriptor operation(String operationId) {
    return byId.get(operationId);
  }

  /** The operation at this path (below the base URL), or null. */
  public OperationDescriptor operationAt(String path) {
    return byPath.get(path);
  }

  /** The error catalog, by result code, in the spec's order. */
  public Map<String, ErrorCodeDescriptor> errorCodes() {
    return errorCodes;
  }

  @Override
  public String toString() {
    return "ApiDescriptor{" + operations.size() + " operations, " + errorCodes.size()
        + " result codes}";
  }

  /** Built on first use, once: the class initialisation is the lock. */
  private static final class Holder {
    static final ApiDescriptor INSTANCE = GeneratedApiDescriptor.create();
  }

  static final class Builder {
    private final String successCode;
    private final List<OperationDescriptor> operations = new ArrayList<>();
    private final Map<String, ErrorCodeDescriptor> errorCodes = new LinkedHashMap<>();

    private Builder(String successCode) {
      this.successCode = successCode;
    }

    Builder operation(OperationDescriptor op) {
      operations.add(op);
      return this;
    }

    Builder errorCode(String code, int httpStatus, String message, String exception) {
      errorCodes.put(code, new ErrorCodeDescriptor(code, httpStatus, message, exception));
      return this;
    }

    ApiDescriptor build() {
      return new ApiDescriptor(this);
    }
  }
}
