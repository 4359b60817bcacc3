package io.omnichannel.purchases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PurchaseRepository extends JpaRepository<Purchase, UUID> {

  // JPQL, not derived from the name: Hibernate 6.6 caches the plan of a query string but translates
  // a derived query's criteria tree again on every call, and these run for every request
  @Query(
      """
      select p from Purchase p where p.customerId = :customerId and upper(p.typeNumber) = upper(:typeNumber)
      order by p.purchasedAt desc limit 1
      """)
  Optional<Purchase> findFirstByCustomerIdAndTypeNumberIgnoreCaseOrderByPurchasedAtDesc(UUID customerId, String typeNumber);

  @Query(
      """
      select p from Purchase p where upper(p.orderNumber) = upper(:orderNumber) and upper(p.typeNumber) = upper(:typeNumber)
      order by p.purchasedAt desc limit 1
      """)
  Optional<Purchase> findFirstByOrderNumberIgnoreCaseAndTypeNumberIgnoreCase(String orderNumber, String typeNumber);

  @Query(
      """
      select p from Purchase p
      where upper(p.typeNumber) = upper(:typeNumber)
        and (upper(p.receiptNumber) in :numbers or upper(p.orderNumber) in :numbers)
      """)
  List<Purchase> findByTypeNumberAndReceiptOrOrderNumberIn(String typeNumber, Collection<String> numbers);
}
