/**
 * Stock per location (the web warehouse and the stores) and holds for reservations: available = on
 * hand minus held, taken under a row lock so the last piece is never held twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory")
package io.omnichannel.inventory;
