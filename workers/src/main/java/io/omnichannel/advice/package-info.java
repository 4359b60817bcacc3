/** Notes of the advice a salesperson gave a customer at the store counter; they join her timeline. */
@org.springframework.modulith.ApplicationModule(displayName = "Advice notes")
package io.omnichannel.advice;
