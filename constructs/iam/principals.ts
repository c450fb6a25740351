import { IConstruct } from "constructs";
import { Condition } from "./condition";
import { PolicySubject } from "./statement";

/** A subject that statements can be granted to. */
export interface IPrincipal {
  /** The statement subject. */
  readonly subject: PolicySubject;
  /** Conditions every statement for this principal carries (e.g. request.principal.type for any-user). */
  readonly baseConditions: readonly Condition[];
  /**
   * The construct that owns the principal; statements granted to it are kept in
   * that construct's stack, so dependencies point from consumer to provider.
   * Absent for principals defined outside the app (an existing group).
   */
  readonly policyScope?: IConstruct;
}

/** Anything that can be granted access: functions, dynamic groups, groups, services. */
export interface IGrantable {
  readonly grantPrincipal: IPrincipal;
}

/** Principal factories for subjects defined outside constructs. */
export class Principals {
  /** An existing IAM group (optionally in a non-default identity domain). */
  static group(name: string, domain?: string): IGrantable {
    return { grantPrincipal: { subject: { kind: "group", name, domain }, baseConditions: [] } };
  }

  /** An existing dynamic group (e.g. the shop application's instances). */
  static dynamicGroup(name: string, domain?: string): IGrantable {
    return { grantPrincipal: { subject: { kind: "dynamic-group", name, domain }, baseConditions: [] } };
  }

  /** An OCI service principal, e.g. `cloudEvents`; statements are kept in `owner`'s stack. */
  static service(name: string, owner?: IConstruct): IGrantable {
    return { grantPrincipal: { subject: { kind: "service", names: [name] }, baseConditions: [], policyScope: owner } };
  }

  /**
   * API gateways of one compartment: `any-user` narrowed to
   * request.principal.type = 'ApiGateway' and the gateway's compartment, the
   * form OCI documents for gateway-to-function calls
   * (https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaycreatingpolicies.htm).
   */
  static apiGateway(gatewayCompartmentId: string, owner?: IConstruct): IGrantable {
    return {
      grantPrincipal: {
        subject: { kind: "any-user" },
        baseConditions: [Condition.eq("request.principal.type", "ApiGateway"), Condition.eq("request.resource.compartment.id", gatewayCompartmentId)],
        policyScope: owner,
      },
    };
  }

  /**
   * Notifications subscriptions of one compartment delivering to a function:
   * `any-user` narrowed to request.principal.type = 'onssubscription' and the
   * subscription's compartment. OCI documents no service principal or policy
   * for the delivery, only that whoever creates the subscription needs
   * FN_INVOCATION on the function
   * (https://docs.oracle.com/en-us/iaas/Content/Notification/Tasks/create-subscription-function.htm);
   * the principal type is the one seen in public deployments, marked
   * unverified in docs/oci-facts.md#the-statements-the-constructs-generate-checked.
   */
  static notifications(subscriptionCompartmentId: string, owner?: IConstruct): IGrantable {
    return {
      grantPrincipal: {
        subject: { kind: "any-user" },
        baseConditions: [Condition.eq("request.principal.type", "onssubscription"), Condition.eq("request.principal.compartment.id", subscriptionCompartmentId)],
        policyScope: owner,
      },
    };
  }
}
