package io.omnichannel.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.omnichannel.journeys.Journey;
import io.omnichannel.journeys.Journeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Derives the rules a model is validated against from the running product: the {@code @JobWorker}
 * types of its beans, the journeys' task forms and processes, the message constants the processes
 * share with the code that sends them, the SLA variables from the {@code plan-sla} element template,
 * and the customer-facing steps from the models shipped with the product.
 */
@Configuration(proxyBeanMethods = false)
class ProductModelRules {

  static final String PROCESS_CONSTANTS = "classpath*:/io/omnichannel/processes/*.class";
  static final String PLAN_SLA_TEMPLATE = "element-templates/plan-sla.json";

  @Bean
  ModelRules modelRules(ApplicationContext context, Journeys journeys, ObjectMapper json) {
    return new ModelRules(
        jobTypes(context),
        journeys.all().stream().flatMap(j -> j.taskForms().stream()).map(f -> f.formKey()).collect(java.util.stream.Collectors.toSet()),
        messageNames(),
        slaVariables(json),
        customerFacingJobTypes(),
        journeys.all().stream().map(Journey::process).map(Journey.JourneyProcess::processId).collect(java.util.stream.Collectors.toSet()));
  }

  @Bean
  ModelValidator modelValidator(ModelRules rules) {
    return new ModelValidator(rules);
  }

  /** The job types our workers serve: every {@code @JobWorker} method of a bean (its type, else its method name). */
  static Set<String> jobTypes(ApplicationContext context) {
    Set<String> types = new HashSet<>();
    for (String name : context.getBeanDefinitionNames()) {
      Class<?> type = context.getType(name, false);
      if (type == null) {
        continue;
      }
      ReflectionUtils.doWithMethods(ClassUtils.getUserClass(type), method -> {
        JobWorker worker = AnnotatedElementUtils.findMergedAnnotation(method, JobWorker.class);
        if (worker != null && worker.enabled()) {
          types.add(worker.type().isBlank() ? method.getName() : worker.type());
        }
      });
    }
    return types;
  }

  /** The {@code *_MESSAGE} constants of the processes' classes, which the models and the code that publishes share. */
  static Set<String> messageNames() {
    Set<String> names = new HashSet<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PROCESS_CONSTANTS)) {
        String className = "io.omnichannel.processes." + resource.getFilename().replace(".class", "");
        Class<?> type = ClassUtils.forName(className, ProductModelRules.class.getClassLoader());
        for (Field field : type.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && Modifier.isPublic(modifiers)
              && field.getType() == String.class && field.getName().endsWith("_MESSAGE")) {
            names.add((String) field.get(null));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("cannot read the message names of the processes", e);
    }
    return names;
  }

  /** The process variables the plan-sla worker's template maps its results to ({@code zeebe:output} targets). */
  static Set<String> slaVariables(ObjectMapper json) {
    try (InputStream in = ProductModelRules.class.getClassLoader().getResourceAsStream(PLAN_SLA_TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException(PLAN_SLA_TEMPLATE + " is not on the classpath");
      }
      Set<String> variables = new HashSet<>();
      for (JsonNode property : json.readTree(in).path("properties")) {
        JsonNode binding = property.path("binding");
        if ("zeebe:output".equals(binding.path("type").asText())) {
          variables.add(property.path("value").asText());
        }
      }
      return variables;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Job types that carry a customer step in a model shipped with the product. */
  static Set<String> customerFacingJobTypes() {
    Set<String> types = new HashSet<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(ModelDeployment.MODELS)) {
        try (InputStream in = resource.getInputStream()) {
          BpmnModelInstance model = Bpmn.readModelFromStream(in);
          for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            ZeebeTaskDefinition definition = ModelValidator.extension(node, ZeebeTaskDefinition.class);
            if (definition != null && ModelValidator.property(node, ModelValidator.CUSTOMER_STEP).isPresent()) {
              types.add(definition.getType());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return types;
  }
}
