package io.omnichannel.integrations;

/** Which requests an integration may read and add to through the API. */
public enum RequestAccess {
  /** The requests it submitted itself: a reference alone opens no one else's request. */
  OWN_REQUESTS,
  /** Every request: an explicit grant for a trusted system, e.g. the contact centre's chat tool. */
  ALL_REQUESTS
}
