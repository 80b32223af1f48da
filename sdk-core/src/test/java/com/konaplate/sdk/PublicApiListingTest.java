package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of konaplate-sdk-core (everything outside {@code internal} packages), listed
 * one member per line and compared with the checked-in {@code sdk-core/api/konaplate-sdk-core.api}.
 * A spec edit that changes the generated surface fails the build here until the listing is
 * updated in the same commit, so every change partners would see shows in review (japicmp has no
 * released baseline yet). Update with {@code -Dkonaplate.updateApi=true}.
 */
class PublicApiListingTest {
  private static final Path LISTING = Paths.get("api", "konaplate-sdk-core.api");
  private static final Path CLASSES = Paths.get("target", "classes");

  @Test
  void thePublicApi_matchesTheCheckedInListing() throws Exception {
    String actual = listing();
    if (Boolean.getBoolean("konaplate.updateApi")) {
      Files.createDirectories(LISTING.getParent());
      Files.write(LISTING, actual.getBytes(StandardCharsets.UTF_8));
      return;
    }
    String expected = Files.exists(LISTING)
        ? new String(Files.readAllBytes(LISTING), StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      fail("The public API changed. Review the difference and, if it is intended, update the "
          + "listing in the same commit: ./mvnw -pl sdk-core -am test -Dtest=PublicApiListingTest "
          + "-Dsurefire.failIfNoSpecifiedTests=false -Dkonaplate.updateApi=true\n"
          + difference(expected, actual));
    }
  }

  static String listing() throws IOException, ClassNotFoundException {
    List<String> classNames;
    try (Stream<Path> files = Files.walk(CLASSES)) {
      classNames = files.filter(p -> p.toString().endsWith(".class"))
          .map(p -> CLASSES.relativize(p).toString().replace('/', '.').replace('\\', '.'))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .filter(n -> !n.contains(".internal.") && !n.endsWith("package-info"))
          .sorted().collect(Collectors.toList());
    }
    StringBuilder out = new StringBuilder();
    for (String name : classNames) {
      Class<?> c = Class.forName(name, false, PublicApiListingTest.class.getClassLoader());
      if (!visible(c)) {
        continue;
      }
      out.append(header(c)).append('\n');
      TreeSet<String> members = new TreeSet<>();
      for (Field f : c.getDeclaredFields()) {
        if (exposed(f.getModifiers()) && !f.isSynthetic()) {
          members.add(modifiers(f.getModifiers()) + type(f.getGenericType()) + " " + f.getName());
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (exposed(k.getModifiers()) && !k.isSynthetic()) {
          members.add(modifiers(k.getModifiers()) + "<init>(" + params(k.getGenericParameterTypes())
              + ")");
        }
      }
      // Methods declared here, and those a hidden (package-private) superclass gives it.
      for (Class<?> k = c; k != null && (k == c || !visible(k)); k = k.getSuperclass()) {
        for (Method m : k.getDeclaredMethods()) {
          if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
            members.add(modifiers(m.getModifiers()) + type(m.getGenericReturnType()) + " "
                + m.getName() + "(" + params(m.getGenericParameterTypes()) + ")");
          }
        }
      }
      for (String m : members) {
        out.append("  ").append(m).append('\n');
      }
    }
    return out.toString();
  }

  /** A class partners can name: public, and every enclosing class public too. */
  private static boolean visible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean exposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String header(Class<?> c) {
    StringBuilder sb = new StringBuilder(modifiers(c.getModifiers() & ~Modifier.INTERFACE))
        .append(c.isInterface() ? "interface " : c.isEnum() ? "enum " : "class ")
        .append(c.getName());
    Class<?> parent = c.getSuperclass();
    while (parent != null && parent != Object.class && !visible(parent)) {
      parent = parent.getSuperclass(); // a hidden superclass is an implementation detail
    }
    if (parent != null && parent != Object.class && !c.isEnum()) {
      sb.append(" extends ").append(parent.getName());
    }
    List<String> interfaces = new ArrayList<>();
    for (Type t : c.getGenericInterfaces()) {
      interfaces.add(type(t));
    }
    if (!interfaces.isEmpty()) {
      sb.append(c.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    return sb.toString();
  }

  private static String modifiers(int m) {
    String s = Modifier.toString(m & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC
        | Modifier.FINAL | Modifier.ABSTRACT | Modifier.INTERFACE));
    return s.isEmpty() ? "" : s + " ";
  }

  private static String params(Type[] types) {
    List<String> out = new ArrayList<>();
    for (Type t : types) {
      out.add(type(t));
    }
    return String.join(", ", out);
  }

  private static String type(Type t) {
    return t.getTypeName();
  }

  private static String difference(String expected, String actual) {
    List<String> e = List.of(expected.split("\n"));
    List<String> a = List.of(actual.split("\n"));
    StringBuilder sb = new StringBuilder();
    for (String line : e) {
      if (!a.contains(line)) {
        sb.append("- ").append(line).append('\n');
      }
    }
    for (String line : a) {
      if (!e.contains(line)) {
        sb.append("+ ").append(line).append('\n');
      }
    }
    return sb.toString();
  }
}
