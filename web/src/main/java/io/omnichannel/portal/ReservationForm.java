package io.omnichannel.portal;

import io.omnichannel.requests.ReservationSubmission;

/** What the customer typed into the reservation form; validation is the intake's. */
public class ReservationForm {

  private String typeNumber;
  private String storeId;
  private String name;
  private String email;
  private String phone;
  private String customerNumber;

  ReservationSubmission toSubmission() {
    return new ReservationSubmission(typeNumber, storeId, name, email, phone, customerNumber, null);
  }

  public String getTypeNumber() { return typeNumber; }
  public void setTypeNumber(String typeNumber) { this.typeNumber = typeNumber; }
  public String getStoreId() { return storeId; }
  public void setStoreId(String storeId) { this.storeId = storeId; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getCustomerNumber() { return customerNumber; }
  public void setCustomerNumber(String customerNumber) { this.customerNumber = customerNumber; }
}
