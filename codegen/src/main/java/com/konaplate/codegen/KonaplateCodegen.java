package com.konaplate.codegen;

import java.io.File;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenConfig;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.DefaultCodegen;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;
import static org.openapitools.codegen.utils.StringUtils.camelize;

/**
 * The generator of the KONA PLATE SDK's typed surface: one public model class per component
 * schema ({@code com.konaplate.sdk.model}) with its JSON codec (internal), one group class per
 * tag ({@code com.konaplate.sdk}), one exception per result code of the error catalog, the
 * operation descriptor ({@code com.konaplate.sdk.spec}) and the catalogs the engine runs on.
 * The templates are sdk-core's {@code src/main/openapi/templates}; this class computes what they
 * cannot (types, rules, expressions) and checks every vendor extension.
 */
public class KonaplateCodegen extends DefaultCodegen implements CodegenConfig {
  static final String SOURCES = "src/main/java";
  static final String MODEL_PACKAGE = "com.konaplate.sdk.model";
  static final String JSON_PACKAGE = "com.konaplate.sdk.internal.generated.json";

  private List<OperationInfo> operations;
  private SchemaReader schemas;

  /** Configures the templates and packages. */
  public KonaplateCodegen() {
    super();
    templateDir = embeddedTemplateDir = "konaplate";
    modelPackage = MODEL_PACKAGE;
    apiPackage = "com.konaplate.sdk";
    modelTemplateFiles.put("model.mustache", ".java");
    modelTemplateFiles.put("modelJson.mustache", "Json.java");
    apiTemplateFiles.put("api.mustache", ".java");
  }

  @Override
  public CodegenType getTag() {
    return CodegenType.CLIENT;
  }

  @Override
  public String getName() {
    return "konaplate-java";
  }

  @Override
  public String getHelp() {
    return "Generates the KONA PLATE Java SDK's typed surface from openapi.yaml.";
  }

  @Override
  public void processOpts() {
    super.processOpts();
    supportingFiles.clear();
    String generated = SOURCES + "/com/konaplate/sdk/internal/generated";
    supportingFiles.add(new SupportingFile("ErrorCatalog.mustache", generated,
        "GeneratedErrorCatalog.java"));
    supportingFiles.add(new SupportingFile("ApiDescriptor.mustache",
        SOURCES + "/com/konaplate/sdk/spec", "GeneratedApiDescriptor.java"));
    supportingFiles.add(new SupportingFile("ApiGroups.mustache", SOURCES + "/com/konaplate/sdk",
        "ApiGroups.java"));
  }

  @Override
  public String modelFileFolder() {
    return outputFolder + File.separator + SOURCES + File.separator
        + MODEL_PACKAGE.replace('.', File.separatorChar);
  }

  @Override
  public String apiFileFolder() {
    return outputFolder + File.separator + SOURCES + File.separator
        + apiPackage.replace('.', File.separatorChar);
  }

  @Override
  public String modelFilename(String templateName, String modelName) {
    if ("modelJson.mustache".equals(templateName)) {
      return outputFolder + File.separator + SOURCES + File.separator
          + JSON_PACKAGE.replace('.', File.separatorChar) + File.separator + modelName + "Json.java";
    }
    return super.modelFilename(templateName, modelName);
  }

  /** The templates escape through {@link JavaCode} and {@link Javadoc}; nothing else to do. */
  @Override
  public String escapeUnsafeCharacters(String input) {
    return input;
  }

  /** As {@link #escapeUnsafeCharacters}. */
  @Override
  public String escapeQuotationMark(String input) {
    return input;
  }

  @Override
  public String toApiName(String name) {
    return camelize(name);
  }

  @Override
  public String toModelName(String name) {
    return name;
  }

  private List<OperationInfo> operations() {
    if (operations == null) {
      schemas = new SchemaReader(openAPI);
      operations = OperationInfo.all(openAPI, schemas);
    }
    return operations;
  }

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> all = super.postProcessAllModels(objs);
    Set<String> requests = new HashSet<>();
    Set<String> results = new HashSet<>();
    Map<String, OperationInfo> byResult = new HashMap<>();
    for (OperationInfo op : operations()) {
      requests.add(op.requestType);
      if (!results.add(op.resultType)) {
        throw new IllegalStateException("openapi.yaml: " + op.resultType + " is the result of "
            + "two operations; give each its own result schema");
      }
      byResult.put(op.resultType, op);
    }
    Map<String, ModelsMap> kept = new LinkedHashMap<>();
    for (Map.Entry<String, ModelsMap> e : all.entrySet()) {
      String name = e.getKey();
      if (Boolean.TRUE.equals(schemas.component(name).getExtensions() == null ? null
          : schemas.component(name).getExtensions().get("x-konaplate-internal"))
          || isEnvelopeSchema(name)) {
        continue; // the envelope and encrypted payload are the engine's, not partners'
      }
      for (ModelMap mm : e.getValue().getModels()) {
        describe(mm.getModel(), requests.contains(name), byResult.get(name));
      }
      kept.put(name, e.getValue());
    }
    return kept;
  }

  private static boolean isEnvelopeSchema(String name) {
    return name.equals("ResultEnvelope") || name.equals("ResultStatus")
        || name.equals("EncryptedPayload");
  }

  /** Adds what the model templates read ({@code x-kp-*}) to one model. */
  private void describe(CodegenModel m, boolean request, OperationInfo resultOf) {
    Map<String, Object> x = m.vendorExtensions;
    io.swagger.v3.oas.models.media.Schema<?> schema = schemas.component(m.name);
    x.put("x-kp-doc", Javadoc.text(schema.getDescription() == null ? m.name
        : schema.getDescription()));
    String source = SchemaReader.ext(schema.getExtensions(), "x-konaplate-source", "doc");
    x.put("x-kp-community", "community".equals(source));
    if (schemas.isEnum(m.name)) {
      x.put("x-kp-enum", true);
      x.put("x-kp-values", EnumInfo.values(schema.getEnum()));
      return;
    }
    List<FieldInfo> fields = schemas.fields(m.name);
    x.put("x-kp-fields", fields);
    x.put("x-kp-has-fields", !fields.isEmpty());
    x.put("x-kp-request", request);
    x.put("x-kp-result", resultOf != null);
    // A result's reader describes the envelope first (where answers carry it), so its fields'
    // values follow it.
    int first = resultOf != null ? 1 : 0;
    List<String> sets = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      sets.add(JavaCode.setMember(fields.get(i), first + i));
    }
    x.put("x-kp-set-members", sets);
    if (resultOf != null) {
      x.put("x-kp-operation", resultOf.operationId);
      x.put("x-kp-operation-summary", Javadoc.text(resultOf.summary).replaceAll("\\.$", ""));
    }
    List<Map<String, String>> patterns = new ArrayList<>();
    List<String> known = new ArrayList<>();
    boolean lists = false;
    for (FieldInfo f : fields) {
      known.add(JavaCode.literal(f.jsonName));
      lists |= f.isList();
      for (FieldInfo p : f.item != null ? List.of(f, f.item) : List.of(f)) {
        if (p.pattern != null) {
          Map<String, String> pm = new LinkedHashMap<>();
          pm.put("constant", JavaCode.patternConstant(p));
          pm.put("literal", JavaCode.literal(p.pattern));
          patterns.add(pm);
        }
      }
    }
    x.put("x-kp-patterns", patterns);
    x.put("x-kp-known-names", String.join(", ", known));
    x.put("x-kp-lists", lists);
    List<String> oneOf = new ArrayList<>();
    if (request) {
      for (OperationInfo op : operations()) {
        if (op.requestType.equals(m.name) && !op.requireOneOf.isEmpty()) {
          List<String> args = new ArrayList<>();
          for (String name : op.requireOneOf) {
            args.add(JavaCode.literal(name));
            args.add(accessorOf(fields, name, op.operationId));
          }
          oneOf.add("Rules.oneOf(prefix, " + String.join(", ", args) + ");");
        }
      }
    }
    x.put("x-kp-one-of", oneOf);
  }

  private static String accessorOf(List<FieldInfo> fields, String json, String operationId) {
    for (FieldInfo f : fields) {
      if (f.jsonName.equals(json)) {
        return f.accessor;
      }
    }
    throw new IllegalStateException("openapi.yaml: " + operationId + ": x-konaplate-require-one-of "
        + "names " + json + ", which is not a request field");
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> models) {
    OperationMap ops = objs.getOperations();
    Map<String, OperationInfo> byId = new HashMap<>();
    for (OperationInfo op : operations()) {
      byId.put(op.operationId, op);
    }
    Set<String> methods = new HashSet<>();
    for (CodegenOperation co : ops.getOperation()) {
      OperationInfo op = byId.get(co.operationId);
      if (!methods.add(op.method)) {
        throw new IllegalStateException("openapi.yaml: two operations of " + op.tag + " are both "
            + "named " + op.method + " (x-konaplate-method)");
      }
      Map<String, Object> x = co.vendorExtensions;
      x.put("x-kp-method", op.method);
      x.put("x-kp-field", op.operationId);
      x.put("x-kp-request", op.requestType);
      x.put("x-kp-result", op.resultType);
      x.put("x-kp-summary", Javadoc.text(op.summary));
      x.put("x-kp-description", op.description == null ? "" : Javadoc.text(op.description));
      x.put("x-kp-retry", op.retry);
      x.put("x-kp-encrypted", op.encryptRequest || op.encryptResponse);
      x.put("x-kp-encryption", (op.encryptRequest ? "request" : "")
          + (op.encryptRequest && op.encryptResponse ? " and " : "")
          + (op.encryptResponse ? "response" : ""));
      x.put("x-kp-community", !"doc".equals(op.source));
      x.put("x-kp-shortcuts", op.shortcuts);
      x.put("x-kp-read-back", op.readBack != null);
      x.put("x-kp-paging", op.paging == null ? null : Paging.of(op, schemas));
    }
    objs.put("x-kp-tag-doc", tagDoc(ops.getClassname()));
    return objs;
  }

  private String tagDoc(String className) {
    if (openAPI.getTags() != null) {
      for (io.swagger.v3.oas.models.tags.Tag t : openAPI.getTags()) {
        if (camelize(t.getName()).equals(className) && t.getDescription() != null) {
          return Javadoc.text(t.getDescription());
        }
      }
    }
    return className + " operations.";
  }

  @Override
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> objs) {
    List<Map<String, Object>> ops = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    for (OperationInfo op : operations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("operationId", op.operationId);
      m.put("descriptor", Descriptors.operation(op));
      ops.add(m);
      Map<String, String> g = new LinkedHashMap<>();
      g.put("class", camelize(op.tag));
      g.put("accessor", op.group());
      g.put("doc", tagDoc(camelize(op.tag)));
      groups.putIfAbsent(op.group(), g);
    }
    objs.put("x-kp-operations", ops);
    objs.put("x-kp-groups", new ArrayList<>(groups.values()));
    Object success = openAPI.getInfo().getExtensions() == null ? null
        : openAPI.getInfo().getExtensions().get("x-konaplate-success-code");
    if (success == null) {
      throw new IllegalStateException("openapi.yaml: info.x-konaplate-success-code is required");
    }
    objs.put("x-kp-success-code", JavaCode.literal(success.toString()));
    List<Map<String, Object>> catalog = ErrorCatalogFiles.catalog(openAPI, operations());
    objs.put("x-kp-catalog", catalog);
    ErrorCatalogFiles.writeExceptions(catalog, Paths.get(templateDir(), "exception.mustache"),
        Paths.get(outputFolder, SOURCES, "com", "konaplate", "sdk", "exception"));
    return objs;
  }
}
