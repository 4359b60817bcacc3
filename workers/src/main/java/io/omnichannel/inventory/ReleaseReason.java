package io.omnichannel.inventory;

/** Why a hold ended without a pickup. */
public enum ReleaseReason {
  /** The store could not set the piece aside (damaged, not found). */
  STORE_DECLINED,
  /** Not picked up before the hold ran out. */
  EXPIRED,
  /** The customer cancelled on her tracking page. */
  CANCELLED
}
