import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks an unpacked Central Portal bundle the way the Portal validates one, plus what we promise
 * partners on top. Run with the JDK's single-file launcher (no build needed):
 *
 * <pre>java scripts/ReleaseBundleCheck.java &lt;repository root&gt; &lt;unpacked bundle&gt; &lt;version&gt;</pre>
 *
 * <p>What is published comes from the build itself, so a new module needs no change here: every
 * module listed in the root pom.xml is expected in the bundle unless its pom.xml sets the
 * property {@code skipPublishing} to true; the parent POM is never expected. For each published
 * artifact: the POM, and for a jar module the jar, sources jar and Javadoc jar; each file with
 * .asc, .md5 and .sha1 (checksums recomputed); POMs with name, description, url, licenses,
 * developers and scm, no parent and no unresolved ${...}; the BOM managing every published jar
 * at this version; jars with an Automatic-Module-Name equal to the module's configured one and
 * only Java 8 (major 52) class files, or, for a module whose pom.xml sets
 * {@code maven.compiler.release} (the Spring Boot modules: 17), none newer than that release. A
 * module that sets {@code konaplate.jar.noClasses} (the starter: a POM of dependencies in a jar)
 * must have no classes, and its sources and Javadoc jars are only checked to exist. Exit status
 * 0 when everything holds, 1 otherwise.
 * Signatures themselves are verified by gpg in release-dry-run.sh.
 */
public final class ReleaseBundleCheck {
  private static final String GROUP_ID = "com.konaplate";
  private static final int JAVA_8_RELEASE = 8;
  /** Class file major version = Java release + 44 (Java 8: 52, Java 17: 61). */
  private static final int MAJOR_OFFSET = 44;
  private static final Pattern MODULE_NAME =
      Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*(\\.[a-zA-Z_][a-zA-Z0-9_]*)*");

  private final List<String> failures = new ArrayList<>();
  private final List<String> passes = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: java scripts/ReleaseBundleCheck.java <repository root> <unpacked bundle> <version>");
      System.exit(2);
    }
    ReleaseBundleCheck check = new ReleaseBundleCheck();
    check.run(Paths.get(args[0]), Paths.get(args[1]), args[2]);
    check.passes.forEach(p -> System.out.println("  ok    " + p));
    check.failures.forEach(f -> System.out.println("  FAIL  " + f));
    if (!check.failures.isEmpty()) {
      System.out.println("release bundle check: " + check.failures.size() + " problem(s)");
      System.exit(1);
    }
    System.out.println("release bundle check: all " + check.passes.size() + " checks passed");
  }

  private void run(Path root, Path bundle, String version) throws Exception {
    Document rootPom = parse(Files.readAllBytes(root.resolve("pom.xml")));
    String parentArtifactId = text(rootPom.getDocumentElement(), "artifactId");

    Map<String, Module> published = new LinkedHashMap<>();
    List<String> unpublished = new ArrayList<>();
    unpublished.add(parentArtifactId);
    for (String dir : texts(child(rootPom.getDocumentElement(), "modules"), "module")) {
      Module m = Module.read(root.resolve(dir));
      if (m.skipPublishing) {
        unpublished.add(m.artifactId);
      } else {
        published.put(m.artifactId, m);
      }
    }
    pass("published per the build: " + String.join(", ", published.keySet())
        + "; not published: " + String.join(", ", unpublished));

    Path groupDir = bundle.resolve(GROUP_ID.replace('.', '/'));
    TreeSet<String> inBundle = new TreeSet<>();
    if (Files.isDirectory(groupDir)) {
      try (Stream<Path> s = Files.list(groupDir)) {
        s.filter(Files::isDirectory).forEach(p -> inBundle.add(p.getFileName().toString()));
      }
    }
    for (String artifactId : inBundle) {
      if (!published.containsKey(artifactId)) {
        fail(artifactId + " is in the bundle but must not be published");
      }
    }
    try (Stream<Path> s = Files.walk(bundle)) {
      List<Path> foreign = s.filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(groupDir)).collect(Collectors.toList());
      foreign.forEach(p -> fail("unexpected file outside " + GROUP_ID + ": " + bundle.relativize(p)));
    }

    for (Module m : published.values()) {
      Path dir = groupDir.resolve(m.artifactId).resolve(version);
      if (!Files.isDirectory(dir)) {
        fail(m.artifactId + ": missing from the bundle (expected " + bundle.relativize(dir) + ")");
        continue;
      }
      String base = m.artifactId + "-" + version;
      List<String> files = new ArrayList<>();
      files.add(base + ".pom");
      if (m.packaging.equals("jar")) {
        files.add(base + ".jar");
        files.add(base + "-sources.jar");
        files.add(base + "-javadoc.jar");
      }
      for (String f : files) {
        checkFileAndCompanions(dir, f);
      }
      Path pom = dir.resolve(base + ".pom");
      if (Files.isRegularFile(pom)) {
        checkPom(m, pom, version, published);
      }
      if (m.packaging.equals("jar")) {
        checkJar(m, dir.resolve(base + ".jar"));
        checkAttachedJar(m.artifactId, dir.resolve(base + "-sources.jar"),
            m.noClasses ? "" : ".java", m.noClasses ? "an entry" : "a .java file");
        checkAttachedJar(m.artifactId, dir.resolve(base + "-javadoc.jar"), "index.html", "index.html");
      }
    }
  }

  private void checkFileAndCompanions(Path dir, String name) throws IOException, NoSuchAlgorithmException {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      fail(name + ": missing");
      return;
    }
    byte[] content = Files.readAllBytes(file);
    boolean ok = true;
    if (!Files.isRegularFile(dir.resolve(name + ".asc"))) {
      fail(name + ": no signature (.asc)");
      ok = false;
    }
    for (String[] sum : new String[][] {{"md5", "MD5"}, {"sha1", "SHA-1"}}) {
      Path sumFile = dir.resolve(name + "." + sum[0]);
      if (!Files.isRegularFile(sumFile)) {
        fail(name + ": no ." + sum[0]);
        ok = false;
        continue;
      }
      String expected = hex(MessageDigest.getInstance(sum[1]).digest(content));
      String actual = new String(Files.readAllBytes(sumFile), StandardCharsets.US_ASCII).trim().split("\\s+")[0];
      if (!expected.equalsIgnoreCase(actual)) {
        fail(name + ": ." + sum[0] + " does not match the file");
        ok = false;
      }
    }
    if (ok) {
      pass(name + " with .asc, .md5, .sha1");
    }
  }

  private void checkPom(Module m, Path pomFile, String version, Map<String, Module> published) throws Exception {
    String raw = new String(Files.readAllBytes(pomFile), StandardCharsets.UTF_8);
    String name = pomFile.getFileName().toString();
    int problems = failures.size();
    if (raw.contains("${")) {
      fail(name + ": unresolved ${...} left in the published POM");
    }
    Element p = parse(raw.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    expectEquals(name, "groupId", text(p, "groupId"), GROUP_ID);
    expectEquals(name, "artifactId", text(p, "artifactId"), m.artifactId);
    expectEquals(name, "version", text(p, "version"), version);
    expectEquals(name, "packaging", text(p, "packaging") == null ? "jar" : text(p, "packaging"), m.packaging);
    if (child(p, "parent") != null) {
      fail(name + ": refers to a parent POM, which is not published");
    }
    for (String field : new String[] {"name", "description", "url"}) {
      if (isBlank(text(p, field))) {
        fail(name + ": no <" + field + ">");
      }
    }
    Element license = child(child(p, "licenses"), "license");
    if (license == null || isBlank(text(license, "name")) || isBlank(text(license, "url"))) {
      fail(name + ": no <licenses><license> with name and url");
    }
    Element developer = child(child(p, "developers"), "developer");
    if (developer == null || (isBlank(text(developer, "name")) && isBlank(text(developer, "id")))) {
      fail(name + ": no <developers><developer>");
    }
    Element scm = child(p, "scm");
    if (scm == null || isBlank(text(scm, "url")) || isBlank(text(scm, "connection"))) {
      fail(name + ": no <scm> with url and connection");
    }
    if (m.packaging.equals("pom") && m.artifactId.endsWith("-bom")) {
      Map<String, String> managed = new LinkedHashMap<>();
      for (Element d : children(child(child(p, "dependencyManagement"), "dependencies"), "dependency")) {
        if (GROUP_ID.equals(text(d, "groupId"))) {
          managed.put(text(d, "artifactId"), text(d, "version"));
        }
      }
      for (Module other : published.values()) {
        if (other.packaging.equals("jar") && !version.equals(managed.get(other.artifactId))) {
          fail(name + ": does not manage " + other.artifactId + " at " + version
              + " (has " + managed.get(other.artifactId) + ")");
        }
      }
      if (failures.size() == problems) {
        pass(name + ": BOM manages " + String.join(", ", managed.keySet()) + " at " + version);
      }
    }
    if (failures.size() == problems) {
      pass(name + ": coordinates, name, description, url, licenses, developers, scm; no parent, no ${...}");
    }
  }

  private void checkJar(Module m, Path jar) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return;
    }
    String name = jar.getFileName().toString();
    int problems = failures.size();
    int classes = 0;
    try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
      Manifest manifest = in.getManifest();
      String moduleName = manifest == null ? null
          : manifest.getMainAttributes().getValue("Automatic-Module-Name");
      if (moduleName == null || !MODULE_NAME.matcher(moduleName).matches()) {
        fail(name + ": no valid Automatic-Module-Name in the manifest (" + moduleName + ")");
      } else if (m.automaticModuleName != null && !m.automaticModuleName.equals(moduleName)) {
        fail(name + ": Automatic-Module-Name " + moduleName + ", but the module configures "
            + m.automaticModuleName);
      }
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        String entry = e.getName();
        if (!entry.endsWith(".class") || entry.startsWith("META-INF/versions/")) {
          continue;
        }
        classes++;
        byte[] head = in.readNBytes(8);
        int major = ((head[6] & 0xff) << 8) | (head[7] & 0xff);
        if (major > m.release + MAJOR_OFFSET) {
          fail(name + ": " + entry + " is class file version " + major + ", newer than Java "
              + m.release + " (" + (m.release + MAJOR_OFFSET) + ")");
        }
      }
      if (failures.size() == problems) {
        pass(name + ": Automatic-Module-Name " + moduleName + ", " + classes + " classes, all Java "
            + m.release + " bytecode");
      }
    }
    if (classes == 0 && !m.noClasses) {
      fail(name + ": contains no classes");
    } else if (classes > 0 && m.noClasses) {
      fail(name + ": holds " + classes + " classes, but its module sets konaplate.jar.noClasses");
    }
  }

  private void checkAttachedJar(String artifactId, Path jar, String suffix, String what) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return;
    }
    try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().endsWith(suffix)) {
          pass(jar.getFileName() + ": contains " + what);
          return;
        }
      }
    }
    fail(jar.getFileName() + ": does not contain " + what);
  }

  private void expectEquals(String file, String field, String actual, String expected) {
    if (!expected.equals(actual)) {
      fail(file + ": <" + field + "> is " + actual + ", expected " + expected);
    }
  }

  private void pass(String message) {
    passes.add(message);
  }

  private void fail(String message) {
    failures.add(message);
  }

  /** A module as its own pom.xml declares it. */
  private static final class Module {
    final String artifactId;
    final String packaging;
    final boolean skipPublishing;
    final String automaticModuleName;
    final int release;
    final boolean noClasses;

    private Module(String artifactId, String packaging, boolean skipPublishing,
        String automaticModuleName, int release, boolean noClasses) {
      this.artifactId = artifactId;
      this.packaging = packaging;
      this.skipPublishing = skipPublishing;
      this.automaticModuleName = automaticModuleName;
      this.release = release;
      this.noClasses = noClasses;
    }

    static Module read(Path dir) throws Exception {
      Document d = parse(Files.readAllBytes(dir.resolve("pom.xml")));
      Element p = d.getDocumentElement();
      String packaging = text(p, "packaging");
      String skip = text(child(p, "properties"), "skipPublishing");
      String release = text(child(p, "properties"), "maven.compiler.release");
      String noClasses = text(child(p, "properties"), "konaplate.jar.noClasses");
      NodeList names = d.getElementsByTagName("Automatic-Module-Name");
      String moduleName = names.getLength() == 0 ? null : names.item(0).getTextContent().trim();
      return new Module(text(p, "artifactId"), packaging == null ? "jar" : packaging,
          "true".equals(skip), moduleName,
          release == null ? JAVA_8_RELEASE : Integer.parseInt(release), "true".equals(noClasses));
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = new ByteArrayInputStream(xml)) {
      return f.newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    if (parent == null) {
      return result;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        result.add((Element) n);
      }
    }
    return result;
  }

  private static Element child(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? null : c.get(0);
  }

  private static String text(Element parent, String name) {
    Element c = child(parent, name);
    return c == null ? null : c.getTextContent().trim();
  }

  private static List<String> texts(Element parent, String name) {
    return children(parent, name).stream().map(e -> e.getTextContent().trim()).collect(Collectors.toList());
  }

  private static boolean isBlank(String s) {
    return s == null || s.trim().isEmpty();
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }
}
