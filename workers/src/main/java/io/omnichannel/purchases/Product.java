package io.omnichannel.purchases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product type, identified by the type number on its type plate. */
@Entity
@Table(name = "products")
class Product {

  @Id
  @Column(name = "type_number")
  private String typeNumber;

  private String name;
  private String brand;

  protected Product() {}

  Product(String typeNumber, String name, String brand) {
    this.typeNumber = typeNumber;
    this.name = name;
    this.brand = brand;
  }

  String typeNumber() {
    return typeNumber;
  }

  String name() {
    return name;
  }

  String brand() {
    return brand;
  }
}
