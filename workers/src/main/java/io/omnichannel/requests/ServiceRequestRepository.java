package io.omnichannel.requests;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceRequestRepository extends JpaRepository<ServiceRequest, UUID> {

  Optional<ServiceRequest> findByTrackingToken(String trackingToken);

  Optional<ServiceRequest> findByIdempotencyKey(String idempotencyKey);

  Optional<ServiceRequest> findByReference(String reference);
}
