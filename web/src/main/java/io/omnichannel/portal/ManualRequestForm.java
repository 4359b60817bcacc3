package io.omnichannel.portal;

import io.omnichannel.requests.ManualRequestSubmission;
import org.springframework.web.multipart.MultipartFile;

/** What the customer typed into the manual-request form; validation is the intake's. */
public class ManualRequestForm {

  private String name;
  private String email;
  private String customerNumber;
  private String orderNumber;
  private String typeNumber;
  private String message;
  private MultipartFile receipt;

  ManualRequestSubmission toSubmission() {
    return new ManualRequestSubmission(
        name, email, customerNumber, orderNumber, typeNumber, message, Uploads.attachment(receipt).orElse(null), null);
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getCustomerNumber() { return customerNumber; }
  public void setCustomerNumber(String customerNumber) { this.customerNumber = customerNumber; }
  public String getOrderNumber() { return orderNumber; }
  public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
  public String getTypeNumber() { return typeNumber; }
  public void setTypeNumber(String typeNumber) { this.typeNumber = typeNumber; }
  public String getMessage() { return message; }
  public void setMessage(String message) { this.message = message; }
  public MultipartFile getReceipt() { return receipt; }
  public void setReceipt(MultipartFile receipt) { this.receipt = receipt; }
}
