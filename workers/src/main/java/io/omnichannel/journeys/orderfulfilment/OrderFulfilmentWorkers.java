package io.omnichannel.journeys.orderfulfilment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.orders.LineState;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The job workers of the order-fulfilment model; each hands its step to {@link OrderSteps}. The
 * shipment's id comes from the multi-instance element {@code shipment}.
 */
@Component
public class OrderFulfilmentWorkers {

  private final OrderSteps steps;

  OrderFulfilmentWorkers(OrderSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = JobTypes.ALLOCATE_ORDER)
  public Map<String, Object> allocate(@Variable(name = Variables.REQUEST_ID) String requestId) {
    return steps.allocate(UUID.fromString(requestId));
  }

  @JobWorker(type = JobTypes.RECORD_SHIPMENT_STATE)
  public void recordShipmentState(ActivatedJob job) {
    steps.recordShipmentState(shipmentId(job), job.getCustomHeaders().get(OrderFulfilmentProcess.HEADER_SHIPMENT_STATE));
  }

  @JobWorker(type = JobTypes.PACK_WAREHOUSE_SHIPMENT)
  public void packInWarehouse(ActivatedJob job) {
    steps.handToWarehouse(shipmentId(job));
  }

  @JobWorker(type = JobTypes.TELL_SHIPMENT_PROBLEM)
  public void tellProblem(ActivatedJob job) {
    steps.tellProblem(shipmentId(job), job.getCustomHeaders().get(OrderFulfilmentProcess.HEADER_PROBLEM), job.getElementInstanceKey());
  }

  @JobWorker(type = JobTypes.SEND_SPLIT_NOTICE)
  public void splitNotice(@Variable(name = Variables.REQUEST_ID) String requestId) {
    steps.splitNotice(UUID.fromString(requestId));
  }

  @JobWorker(type = JobTypes.OFFER_BACKORDER)
  public void offerBackorder(@Variable(name = Variables.REQUEST_ID) String requestId) {
    steps.offerBackorder(UUID.fromString(requestId));
  }

  @JobWorker(type = JobTypes.BACKORDER_ORDER_LINES)
  public void backorder(@Variable(name = Variables.REQUEST_ID) String requestId) {
    steps.settleUnavailable(UUID.fromString(requestId), LineState.BACKORDERED);
  }

  @JobWorker(type = JobTypes.CANCEL_ORDER_LINES)
  public void cancelLines(@Variable(name = Variables.REQUEST_ID) String requestId) {
    steps.settleUnavailable(UUID.fromString(requestId), LineState.CANCELLED);
  }

  private static UUID shipmentId(ActivatedJob job) {
    Object shipment = job.getVariablesAsMap().get(Variables.SHIPMENT);
    if (shipment instanceof Map<?, ?> values && values.get(Variables.SHIPMENT_ID) instanceof String id) {
      return UUID.fromString(id);
    }
    throw new IllegalStateException("job " + job.getKey() + " has no shipment." + Variables.SHIPMENT_ID);
  }
}
