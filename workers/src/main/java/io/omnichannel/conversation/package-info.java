/**
 * What the product tells a customer about her request, whichever journey carries it: the
 * acknowledgement, staff's answer, staff's question and its reminder, and closing the request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer conversation")
package io.omnichannel.conversation;
