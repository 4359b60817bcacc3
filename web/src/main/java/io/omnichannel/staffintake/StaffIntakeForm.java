package io.omnichannel.staffintake;

import io.omnichannel.customers.Customer;
import io.omnichannel.requests.CustomerRequestSubmission;
import io.omnichannel.requests.ManualRequestSubmission;
import io.omnichannel.requests.ReservationSubmission;
import io.omnichannel.portal.Uploads;
import org.springframework.web.multipart.MultipartFile;

/** What staff typed in for the customer; the field validation is the intakes'. */
public class StaffIntakeForm {

  private String channel;
  private String type;
  private String name;
  private String email;
  private String customerNumber;
  private String orderNumber;
  private String typeNumber;
  private String subject;
  private String message;
  private String phone;
  private String callbackWindow;
  private String storeId;
  private MultipartFile attachment;

  static StaffIntakeForm prefilled(Customer customer) {
    StaffIntakeForm form = new StaffIntakeForm();
    form.name = customer.getName();
    form.email = customer.getEmail();
    form.customerNumber = customer.getCustomerNumber();
    form.phone = customer.getPhone();
    return form;
  }

  ManualRequestSubmission toManualSubmission() {
    return new ManualRequestSubmission(name, email, customerNumber, orderNumber, typeNumber, message, Uploads.attachment(attachment).orElse(null), null);
  }

  CustomerRequestSubmission toCustomerRequestSubmission(StaffIntakeType requestType) {
    return new CustomerRequestSubmission(
        requestType.customerRequestType, name, email, customerNumber, orderNumber, subject, message, phone, callbackWindow, Uploads.attachment(attachment).orElse(null), null);
  }

  ReservationSubmission toReservationSubmission() {
    return new ReservationSubmission(typeNumber, storeId, name, email, phone, customerNumber, null);
  }

  public String getChannel() { return channel; }
  public void setChannel(String channel) { this.channel = channel; }
  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
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
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getMessage() { return message; }
  public void setMessage(String message) { this.message = message; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getCallbackWindow() { return callbackWindow; }
  public void setCallbackWindow(String callbackWindow) { this.callbackWindow = callbackWindow; }
  public String getStoreId() { return storeId; }
  public void setStoreId(String storeId) { this.storeId = storeId; }
  public MultipartFile getAttachment() { return attachment; }
  public void setAttachment(MultipartFile attachment) { this.attachment = attachment; }
}
