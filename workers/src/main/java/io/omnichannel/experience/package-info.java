/**
 * What customers experience, across channels and journeys: the figures of the process owners'
 * dashboard (volume, first response and resolution time in business hours, SLA attainment, backlog
 * by age, reopen rate, satisfaction), each one aggregate in SQL over a period. A read model: it reads
 * the ledger, the mail outbox, the task mirror and the ratings, and changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer experience")
package io.omnichannel.experience;
