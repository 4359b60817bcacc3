package io.omnichannel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OrchestratorApplication {

  public static void main(String[] args) {
    nameTheMailStreamProvider();
    SpringApplication.run(OrchestratorApplication.class, args);
  }

  /**
   * Jakarta Mail 2.1 finds its stream provider anew for every message, header block and body part,
   * with a ServiceLoader scan of the classpath (jakartaee/mail-api#861); inside the executable jar
   * that scan was a sixth of the application's CPU under load (docs/benchmarks.md). Named as a
   * system property, the lookup is a class already loaded.
   */
  static void nameTheMailStreamProvider() {
    if (System.getProperty(MAIL_STREAM_PROVIDER) == null) {
      System.setProperty(MAIL_STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  static final String MAIL_STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
}
