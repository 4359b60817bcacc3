package io.omnichannel.requests;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ServiceRequestRepository extends JpaRepository<ServiceRequest, UUID> {

  Optional<ServiceRequest> findByTrackingToken(String trackingToken);

  // JPQL, not derived from the name: Hibernate 6.6 caches the plan of a query string but translates
  // a derived query's criteria tree again on every call, and these run for every request
  @Query("select r from ServiceRequest r where r.idempotencyKey = :idempotencyKey")
  Optional<ServiceRequest> findByIdempotencyKey(String idempotencyKey);

  Optional<ServiceRequest> findByReference(String reference);

  @Query("select r.id from ServiceRequest r where r.customerId = :customerId")
  List<UUID> idsOfCustomer(UUID customerId);

  @Query("select r from ServiceRequest r where r.customerId = :customerId order by r.createdAt desc, r.reference desc")
  List<ServiceRequest> findByCustomerIdOrderByCreatedAtDesc(UUID customerId);

  /** Two answers arriving at once must not both find the request waiting. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from ServiceRequest r where r.reference = :reference")
  Optional<ServiceRequest> lockByReference(String reference);

  /** The customer's open requests of a type, oldest first, locked: two contacts at once join one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query(
      "select r from ServiceRequest r where r.customerId = :customerId and r.type = :type"
          + " and r.status not in (io.omnichannel.requests.RequestStatus.RESOLVED, io.omnichannel.requests.RequestStatus.CLOSED)"
          + " order by r.createdAt")
  List<ServiceRequest> lockOpenOfCustomer(UUID customerId, String type);

  @Query(
      "select r from ServiceRequest r where r.type = :type and r.expectedBy < :now"
          + " and r.status not in (io.omnichannel.requests.RequestStatus.RESOLVED, io.omnichannel.requests.RequestStatus.CLOSED)"
          + " order by r.expectedBy")
  List<ServiceRequest> openOfTypeExpectedBefore(String type, java.time.Instant now);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from ServiceRequest r where r.trackingToken = :token")
  Optional<ServiceRequest> lockByTrackingToken(String token);
}
