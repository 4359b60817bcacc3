package io.omnichannel.portal;

import io.omnichannel.requests.CustomerRequestSubmission;
import io.omnichannel.requests.CustomerRequestType;
import org.springframework.web.multipart.MultipartFile;

/** What the customer typed into the question, complaint or callback form; validation is the intake's. */
public class CustomerRequestForm {

  private String name;
  private String email;
  private String customerNumber;
  private String orderNumber;
  private String subject;
  private String message;
  private String phone;
  private String callbackWindow;
  private MultipartFile attachment;

  CustomerRequestSubmission toSubmission(CustomerRequestType type) {
    return new CustomerRequestSubmission(
        type, name, email, customerNumber, orderNumber, subject, message, phone, callbackWindow, Uploads.attachment(attachment).orElse(null), null);
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getCustomerNumber() { return customerNumber; }
  public void setCustomerNumber(String customerNumber) { this.customerNumber = customerNumber; }
  public String getOrderNumber() { return orderNumber; }
  public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getMessage() { return message; }
  public void setMessage(String message) { this.message = message; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getCallbackWindow() { return callbackWindow; }
  public void setCallbackWindow(String callbackWindow) { this.callbackWindow = callbackWindow; }
  public MultipartFile getAttachment() { return attachment; }
  public void setAttachment(MultipartFile attachment) { this.attachment = attachment; }
}
