/** The demo's seed data (customers, purchases, manuals, staff, stock, SLA policies), only when switched on. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package io.omnichannel.demo;
