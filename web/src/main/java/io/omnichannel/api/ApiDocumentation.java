package io.omnichannel.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The head of the OpenAPI document at {@code /v3/api-docs}: what the API is and how to authenticate. */
@Configuration
@OpenAPIDefinition(
    info =
        @Info(
            title = "Omnichannel service requests API",
            version = "v1",
            description =
                "For integrations (shop, till, chat tools): submit requests, follow them, add chat messages. "
                    + "Send your key in the X-API-Key header. Every error is RFC 9457 problem details "
                    + "(application/problem+json) with a stable type URI."))
@SecurityScheme(
    name = ApiDocumentation.API_KEY,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    paramName = ApiDocumentation.API_KEY_HEADER,
    description = "One key per integration; ask the operator for yours (demo: demo-shop-key, demo-till-key, demo-chat-key, demo-social-key).")
public class ApiDocumentation {

  public static final String API_KEY = "apiKey";
  public static final String API_KEY_HEADER = "X-API-Key";
  static final String PROBLEM_JSON = "application/problem+json";
}
