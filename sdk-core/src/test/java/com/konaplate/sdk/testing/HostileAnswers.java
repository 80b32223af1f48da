package com.konaplate.sdk.testing;

import com.konaplate.sdk.exception.KonaplateConnectionException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.KonaplateResponseException;
import com.konaplate.sdk.testing.HostileServer.Received;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The hostile server's case list: answers that break HTTP framing, contradict themselves or do
 * not belong to the request, each with what the SDK must make of it. Every one of them comes
 * after the request was read, so none may be taken for a definitive success or refusal: each
 * ends in a typed exception saying the outcome is unknown.
 */
public final class HostileAnswers {
  /** A result envelope of KONA PLATE. */
  public static final String SUCCESS = "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}";

  private HostileAnswers() {
  }

  /** One case: a name, the script and the exception type expected. */
  public static final class Case {
    public final String name;
    public final HostileServer.Script script;
    public final Class<? extends KonaplateException> expected;

    Case(String name, HostileServer.Script script, Class<? extends KonaplateException> expected) {
      this.name = name;
      this.script = script;
      this.expected = expected;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code head} (status line and headers, CRLF-terminated lines) plus Content-Length and body. */
  public static String withBody(String head, String body) {
    return head + "Content-Length: " + body.getBytes(StandardCharsets.ISO_8859_1).length + "\r\n\r\n" + body;
  }

  /** An answer with this call's correlation id. */
  public static String echoing(String statusLine, String extraHeaders, String body) {
    return withBody(statusLine + "\r\nX-KM-Correlation-Id: {cid}\r\nContent-Type: application/json\r\n"
        + extraHeaders, body);
  }

  private static HostileServer.Script template(String t) {
    return (Received r, int i) -> HostileServer.fill(t, r);
  }

  private static Case unknown(String name, String template) {
    return new Case(name, template(template), KonaplateResponseException.class);
  }

  private static String envelope(String code) {
    return "{\"response\":{\"code\":\"" + code + "\",\"description\":\"Something\"}}";
  }

  /** Every case. */
  public static List<Case> all() {
    return Arrays.asList(
        // Issue 13, item 1: framing that OkHttp does not check.
        unknown("negative Content-Length on a 200",
            "HTTP/1.1 200 OK\r\nX-KM-Correlation-Id: {cid}\r\nContent-Length: -5\r\n\r\n" + SUCCESS),
        unknown("Content-Length that is not a number",
            "HTTP/1.1 200 OK\r\nX-KM-Correlation-Id: {cid}\r\nContent-Length: 5x\r\n\r\n" + SUCCESS),
        unknown("two different Content-Lengths",
            "HTTP/1.1 200 OK\r\nX-KM-Correlation-Id: {cid}\r\nContent-Length: 3\r\nContent-Length: "
                + SUCCESS.length() + "\r\n\r\n" + SUCCESS),
        unknown("Content-Length and chunked together",
            "HTTP/1.1 200 OK\r\nX-KM-Correlation-Id: {cid}\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n"
                + Integer.toHexString(SUCCESS.length()) + "\r\n" + SUCCESS + "\r\n0\r\n\r\n"),
        // Item 2: informational answers before the final one.
        unknown("100 Continue, 103 Early Hints, then 200",
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>; rel=preload\r\n\r\n"
                + echoing("HTTP/1.1 200 OK", "", SUCCESS)),
        unknown("101 Switching Protocols as the final answer",
            "HTTP/1.1 101 Switching Protocols\r\nX-KM-Correlation-Id: {cid}\r\n\r\n"),
        // Item 3: the answer of another call.
        unknown("success carrying another call's correlation id",
            echoing("HTTP/1.1 200 OK", "", SUCCESS).replace("{cid}", "261125100203-fffffff")),
        unknown("refusal carrying another call's correlation id",
            echoing("HTTP/1.1 400 Bad Request", "", envelope("001_052")).replace("{cid}", "261125100203-fffffff")),
        unknown("success carrying its id and another one",
            echoing("HTTP/1.1 200 OK", "X-KM-Correlation-Id: 261125100203-fffffff\r\n", SUCCESS)),
        // Item 5: answers that contradict themselves.
        unknown("HTTP 200 with a refusal code", echoing("HTTP/1.1 200 OK", "", envelope("001_047"))),
        unknown("HTTP 400 with the success code", echoing("HTTP/1.1 400 Bad Request", "", SUCCESS)),
        unknown("two response members, success last",
            echoing("HTTP/1.1 200 OK", "", "{\"response\":{\"code\":\"001_047\"},\"response\":{\"code\":\"000_000\"}}")),
        unknown("two response members, refusal last",
            echoing("HTTP/1.1 400 Bad Request", "", "{\"response\":{\"code\":\"000_000\"},\"response\":{\"code\":\"001_052\"}}")),
        unknown("two code members in one envelope",
            echoing("HTTP/1.1 400 Bad Request", "", "{\"response\":{\"code\":\"001_052\",\"code\":\"000_000\"}}")),
        unknown("a redirect carrying a result code",
            echoing("HTTP/1.1 302 Found", "Location: http://127.0.0.1:1/elsewhere\r\n", envelope("001_052"))),
        // Item 6: correlation ids that would forge log lines.
        unknown("a 10 KB correlation id", echoing("HTTP/1.1 200 OK", "", SUCCESS).replace("{cid}", "7".repeat(10_240))),
        unknown("a correlation id with ESC and CR",
            echoing("HTTP/1.1 200 OK", "", SUCCESS).replace("{cid}", "{cid}\u001b[2J\rDEBUG forged")),
        // More wire abuse: typed, outcome unknown, whatever OkHttp makes of it.
        new Case("a chunk size that is not hex", template("HTTP/1.1 200 OK\r\nX-KM-Correlation-Id: {cid}\r\n"
            + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + SUCCESS + "\r\n0\r\n\r\n"), KonaplateException.class),
        new Case("a status line that is not HTTP", template("{\"response\":{\"code\":\"000_000\"}}\r\n\r\n"),
            KonaplateConnectionException.class),
        new Case("a status line echoing the PAR, the token and an ESC", template(
            "HTTP/1.1 {par} {token} \u001b[2J\r\nContent-Length: 0\r\n\r\n"), KonaplateConnectionException.class),
        new Case("a chunk size echoing the PAR", template("HTTP/1.1 200 OK\r\nX-KM-Correlation-Id: {cid}\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n1{par}\r\n" + SUCCESS + "\r\n0\r\n\r\n"), KonaplateException.class),
        new Case("a status code of four digits", template("HTTP/1.1 2000 OK\r\nContent-Length: 0\r\n\r\n"),
            KonaplateConnectionException.class),
        new Case("a 204 with a body", template("HTTP/1.1 204 No Content\r\nX-KM-Correlation-Id: {cid}\r\n"
            + "Content-Length: " + SUCCESS.length() + "\r\n\r\n" + SUCCESS), KonaplateException.class),
        new Case("a 300 KB header", template("HTTP/1.1 200 OK\r\nX-KM-Correlation-Id: {cid}\r\nX-Pad: "
            + "a".repeat(300 * 1024) + "\r\nContent-Length: " + SUCCESS.length() + "\r\n\r\n" + SUCCESS),
            KonaplateException.class),
        new Case("two encData members", template(echoing(
            "HTTP/1.1 200 OK", "", "{\"encData\":\"a.b.c.d.e\",\"encData\":\"f.g.h.i.j\"}")),
            KonaplateResponseException.class),
        new Case("the connection closed after the request was read", (r, i) -> null,
            KonaplateConnectionException.class),
        new Case("a body shorter than its Content-Length", (r, i) -> HostileServer.fill(
            "HTTP/1.1 200 OK\r\nX-KM-Correlation-Id: {cid}\r\nContent-Length: 500\r\n\r\n" + SUCCESS, r)
            , KonaplateException.class));
  }
}
