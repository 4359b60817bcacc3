package io.omnichannel.system;

import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The background work (the process and mail outboxes, the IMAP poller, the watchdog, task leases)
 * runs on a pool of threads ({@code spring.task.scheduling.pool.size}), each task after its own
 * last round. With virtual threads on, Spring Boot's default scheduler runs every fixed-delay task
 * on its one scheduler thread (spring-framework#31334): the mail outbox sending a backlog held up
 * the process outbox, and with it the start of every journey, for 20 s and more under load
 * (docs/benchmarks.md, orchestration overhead).
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

  @Bean
  ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
    return builder.build();
  }
}
