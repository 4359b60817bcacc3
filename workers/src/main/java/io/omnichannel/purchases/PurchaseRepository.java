package io.omnichannel.purchases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PurchaseRepository extends JpaRepository<Purchase, UUID> {

  Optional<Purchase> findFirstByCustomerIdAndTypeNumberIgnoreCaseOrderByPurchasedAtDesc(UUID customerId, String typeNumber);

  Optional<Purchase> findFirstByOrderNumberIgnoreCaseAndTypeNumberIgnoreCase(String orderNumber, String typeNumber);

  @Query(
      """
      select p from Purchase p
      where upper(p.typeNumber) = upper(:typeNumber)
        and (upper(p.receiptNumber) in :numbers or upper(p.orderNumber) in :numbers)
      """)
  List<Purchase> findByTypeNumberAndReceiptOrOrderNumberIn(String typeNumber, Collection<String> numbers);
}
