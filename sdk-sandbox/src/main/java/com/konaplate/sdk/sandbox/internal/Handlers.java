package com.konaplate.sdk.sandbox.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The business rules the sandbox has, by operationId of openapi.yaml. */
final class Handlers {
  static final String TERMINATE = "terminateCard";
  static final String SEARCH = "searchCards";
  static final String CHANGE_STATUS = "changeCardStatus";
  static final String UPDATE_LIMITS = "updateCardLimits";
  static final String FIND_USER = "findCardUser";
  static final String PRODUCTS = "listCardProducts";
  static final String VIRTUAL_ACCOUNT = "findCardVirtualAccount";
  static final String UNREGISTERED = "findUnregisteredCard";
  static final String CANCEL_APPLICATION = "cancelCardApplication";
  static final String REGISTER = "registerMember";
  static final String UNREGISTER = "unregisterMember";
  static final String ACTIVATE_DORMANT = "activateDormantMember";
  static final String UPDATE_TERMS = "updateTermsAgreement";
  static final String VERIFY_PASSWORD = "verifyMemberPassword";

  private static final Map<String, OperationHandler> BY_OPERATION;

  static {
    Map<String, OperationHandler> m = new HashMap<String, OperationHandler>();
    MoneyHandlers.addTo(m);
    m.put(TERMINATE, new TerminateHandler());
    m.put(SEARCH, new SearchCardsHandler());
    m.put(CHANGE_STATUS, new ChangeStatusHandler());
    m.put(UPDATE_LIMITS, new UpdateLimitsHandler());
    m.put(FIND_USER, new CardLookupHandlers.FindUser());
    m.put(PRODUCTS, new CardLookupHandlers.Products());
    m.put(VIRTUAL_ACCOUNT, new CardLookupHandlers.VirtualAccountOfCard());
    m.put(UNREGISTERED, new CardLookupHandlers.Unregistered());
    m.put(CANCEL_APPLICATION, new CancelApplicationHandler());
    m.put(REGISTER, new RegisterMemberHandler());
    m.put("getMemberInfo", new MemberHandlers.Info());
    m.put(UNREGISTER, new MemberHandlers.Unregister());
    m.put(ACTIVATE_DORMANT, new MemberHandlers.ActivateDormant());
    m.put("getMemberAuthStatus", new MemberHandlers.AuthStatus());
    m.put("listTerms", new TermsHandlers.List());
    m.put(UPDATE_TERMS, new TermsHandlers.Update());
    m.put("findLoginId", new MemberLookupHandlers.FindLoginId());
    m.put("findMemberByCi", new MemberLookupHandlers.FindByCi());
    m.put("checkRegistrationId", new MemberLookupHandlers.CheckRegistrationId());
    m.put(VERIFY_PASSWORD, new MemberLookupHandlers.VerifyPassword());
    BY_OPERATION = Collections.unmodifiableMap(m);
  }

  private Handlers() {
  }

  /** The handler of {@code operationId}, or null when the sandbox does not emulate it. */
  static OperationHandler of(String operationId) {
    return BY_OPERATION.get(operationId);
  }
}
