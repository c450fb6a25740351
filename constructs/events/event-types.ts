import { IConstruct } from "constructs";
import { reject, isToken } from "../core";
import { wildcardMatches } from "../core/wildcard";

/** `<type>.begin` / `<type>.end`: the two events of a long-running operation. */
function lro<const T extends string>(type: T): { readonly begin: `${T}.begin`; readonly end: `${T}.end` } {
  return { begin: `${type}.begin`, end: `${type}.end` };
}

/**
 * The eventType strings OCI services emit, per service
 * (https://docs.oracle.com/iaas/Content/Events/Reference/eventsproducers.htm;
 * docs/oci-facts.md#events: only entries with evidence, from the OCI event
 * catalogue, the CIS Landing Zone, Oracle documentation or several public
 * samples). Use them directly in {@link EventPattern.eventTypes}; any other
 * string goes through the visible escape hatch {@link EventType.custom}.
 * Vault secret (`vaultsecret`) and Audit event types are deliberately absent:
 * OCI documents none for Events rules (docs/oci-facts.md#events;
 * https://docs.oracle.com/en-us/iaas/Content/Events/Reference/eventsproducers.htm).
 */
export const EventTypes = {
  objectStorage: {
    createObject: "com.oraclecloud.objectstorage.createobject",
    updateObject: "com.oraclecloud.objectstorage.updateobject",
    deleteObject: "com.oraclecloud.objectstorage.deleteobject",
    createBucket: "com.oraclecloud.objectstorage.createbucket",
    updateBucket: "com.oraclecloud.objectstorage.updatebucket",
    deleteBucket: "com.oraclecloud.objectstorage.deletebucket",
  },
  compute: {
    launchInstance: lro("com.oraclecloud.computeapi.launchinstance"),
    terminateInstance: lro("com.oraclecloud.computeapi.terminateinstance"),
    /** Start, stop, reset, softstop, softreset. */
    instanceAction: lro("com.oraclecloud.computeapi.instanceaction"),
    updateInstance: "com.oraclecloud.computeapi.updateinstance",
    changeInstanceCompartment: lro("com.oraclecloud.computeapi.changeinstancecompartment"),
    instanceFailed: "com.oraclecloud.computeapi.instancefailed",
    instanceMaintenance: "com.oraclecloud.computeapi.instancemaintenance",
    instanceMaintenancePhase: lro("com.oraclecloud.computeapi.instancemaintenance"),
    liveMigrate: lro("com.oraclecloud.computeapi.livemigrate"),
    instancePreemptionAction: "com.oraclecloud.computeapi.instancepreemptionaction",
  },
  identity: {
    createUser: "com.oraclecloud.identitycontrolplane.createuser",
    updateUser: "com.oraclecloud.identitycontrolplane.updateuser",
    deleteUser: "com.oraclecloud.identitycontrolplane.deleteuser",
    updateUserState: "com.oraclecloud.identitycontrolplane.updateuserstate",
    updateUserCapabilities: "com.oraclecloud.identitycontrolplane.updateusercapabilities",
    activateUser: "com.oraclecloud.identitycontrolplane.activateuser",
    deactivateUser: "com.oraclecloud.identitycontrolplane.deactivateuser",
    createGroup: "com.oraclecloud.identitycontrolplane.creategroup",
    updateGroup: "com.oraclecloud.identitycontrolplane.updategroup",
    deleteGroup: "com.oraclecloud.identitycontrolplane.deletegroup",
    addUserToGroup: "com.oraclecloud.identitycontrolplane.addusertogroup",
    removeUserFromGroup: "com.oraclecloud.identitycontrolplane.removeuserfromgroup",
    createPolicy: "com.oraclecloud.identitycontrolplane.createpolicy",
    updatePolicy: "com.oraclecloud.identitycontrolplane.updatepolicy",
    deletePolicy: "com.oraclecloud.identitycontrolplane.deletepolicy",
    createDynamicGroup: "com.oraclecloud.identitycontrolplane.createdynamicgroup",
    updateDynamicGroup: "com.oraclecloud.identitycontrolplane.updatedynamicgroup",
    deleteDynamicGroup: "com.oraclecloud.identitycontrolplane.deletedynamicgroup",
    createIdentityProvider: "com.oraclecloud.identitycontrolplane.createidentityprovider",
    updateIdentityProvider: "com.oraclecloud.identitycontrolplane.updateidentityprovider",
    deleteIdentityProvider: "com.oraclecloud.identitycontrolplane.deleteidentityprovider",
    // IdP group mappings: the Landing Zone and the event catalogue disagree on the
    // names (docs/oci-facts.md#events), so both spellings are listed; LZ rules use the first three.
    createIdpGroupMapping: "com.oraclecloud.identitycontrolplane.createidpgroupmapping",
    updateIdpGroupMapping: "com.oraclecloud.identitycontrolplane.updateidpgroupmapping",
    deleteIdpGroupMapping: "com.oraclecloud.identitycontrolplane.deleteidpgroupmapping",
    addIdpGroupMapping: "com.oraclecloud.identitycontrolplane.addidpgroupmapping",
    removeIdpGroupMapping: "com.oraclecloud.identitycontrolplane.removeidpgroupmapping",
    uploadApiKey: "com.oraclecloud.identitycontrolplane.uploadapikey",
    deleteApiKey: "com.oraclecloud.identitycontrolplane.deleteapikey",
    createAuthToken: "com.oraclecloud.identitycontrolplane.createauthtoken",
    deleteAuthToken: "com.oraclecloud.identitycontrolplane.deleteauthtoken",
    createCustomerSecretKey: "com.oraclecloud.identitycontrolplane.createcustomersecretkey",
    /** Compartment events use their own prefix. */
    createCompartment: "com.oraclecloud.compartments.createcompartment",
    moveCompartment: "com.oraclecloud.compartments.movecompartment",
    deleteCompartment: "com.oraclecloud.compartments.deletecompartment",
  },
  networking: {
    createVcn: "com.oraclecloud.virtualnetwork.createvcn",
    updateVcn: "com.oraclecloud.virtualnetwork.updatevcn",
    deleteVcn: "com.oraclecloud.virtualnetwork.deletevcn",
    createSubnet: "com.oraclecloud.virtualnetwork.createsubnet",
    updateSubnet: "com.oraclecloud.virtualnetwork.updatesubnet",
    deleteSubnet: "com.oraclecloud.virtualnetwork.deletesubnet",
    createSecurityList: "com.oraclecloud.virtualnetwork.createsecuritylist",
    updateSecurityList: "com.oraclecloud.virtualnetwork.updatesecuritylist",
    deleteSecurityList: "com.oraclecloud.virtualnetwork.deletesecuritylist",
    changeSecurityListCompartment: "com.oraclecloud.virtualnetwork.changesecuritylistcompartment",
    createNetworkSecurityGroup: "com.oraclecloud.virtualnetwork.createnetworksecuritygroup",
    updateNetworkSecurityGroup: "com.oraclecloud.virtualnetwork.updatenetworksecuritygroup",
    deleteNetworkSecurityGroup: "com.oraclecloud.virtualnetwork.deletenetworksecuritygroup",
    changeNetworkSecurityGroupCompartment: "com.oraclecloud.virtualnetwork.changenetworksecuritygroupcompartment",
    addNetworkSecurityGroupSecurityRules: "com.oraclecloud.virtualnetwork.addnetworksecuritygroupsecurityrules",
    updateNetworkSecurityGroupSecurityRules: "com.oraclecloud.virtualnetwork.updatenetworksecuritygroupsecurityrules",
    createRouteTable: "com.oraclecloud.virtualnetwork.createroutetable",
    updateRouteTable: "com.oraclecloud.virtualnetwork.updateroutetable",
    deleteRouteTable: "com.oraclecloud.virtualnetwork.deleteroutetable",
    changeRouteTableCompartment: "com.oraclecloud.virtualnetwork.changeroutetablecompartment",
    createInternetGateway: "com.oraclecloud.virtualnetwork.createinternetgateway",
    updateInternetGateway: "com.oraclecloud.virtualnetwork.updateinternetgateway",
    deleteInternetGateway: "com.oraclecloud.virtualnetwork.deleteinternetgateway",
    changeInternetGatewayCompartment: "com.oraclecloud.virtualnetwork.changeinternetgatewaycompartment",
    createDrg: "com.oraclecloud.virtualnetwork.createdrg",
    updateDrg: "com.oraclecloud.virtualnetwork.updatedrg",
    deleteDrg: "com.oraclecloud.virtualnetwork.deletedrg",
    createDrgAttachment: "com.oraclecloud.virtualnetwork.createdrgattachment",
    updateDrgAttachment: "com.oraclecloud.virtualnetwork.updatedrgattachment",
    deleteDrgAttachment: "com.oraclecloud.virtualnetwork.deletedrgattachment",
    createLocalPeeringGateway: "com.oraclecloud.virtualnetwork.createlocalpeeringgateway",
    updateLocalPeeringGateway: "com.oraclecloud.virtualnetwork.updatelocalpeeringgateway",
    deleteLocalPeeringGateway: "com.oraclecloud.virtualnetwork.deletelocalpeeringgateway",
    /** The Landing Zone network rule uses `.end`. */
    deleteLocalPeeringGatewayPhase: lro("com.oraclecloud.virtualnetwork.deletelocalpeeringgateway"),
    changeLocalPeeringGatewayCompartment: "com.oraclecloud.virtualnetwork.changelocalpeeringgatewaycompartment",
    createNatGateway: "com.oraclecloud.natgateway.createnatgateway",
    updateNatGateway: "com.oraclecloud.natgateway.updatenatgateway",
    deleteNatGateway: "com.oraclecloud.natgateway.deletenatgateway",
    changeNatGatewayCompartment: "com.oraclecloud.natgateway.changenatgatewaycompartment",
    createServiceGateway: "com.oraclecloud.servicegateway.createservicegateway",
    updateServiceGateway: "com.oraclecloud.servicegateway.updateservicegateway",
    deleteServiceGateway: lro("com.oraclecloud.servicegateway.deleteservicegateway"),
    attachServiceId: "com.oraclecloud.servicegateway.attachserviceid",
    detachServiceId: "com.oraclecloud.servicegateway.detachserviceid",
    changeServiceGatewayCompartment: "com.oraclecloud.servicegateway.changeservicegatewaycompartment",
  },
  functions: {
    createApplication: "com.oraclecloud.functions.createapplication",
    updateApplication: "com.oraclecloud.functions.updateapplication",
    deleteApplication: "com.oraclecloud.functions.deleteapplication",
    changeApplicationCompartment: "com.oraclecloud.functions.changeapplicationcompartment",
    createFunction: "com.oraclecloud.functions.createfunction",
    updateFunction: "com.oraclecloud.functions.updatefunction",
    deleteFunction: "com.oraclecloud.functions.deletefunction",
  },
  apiGateway: {
    createGateway: lro("com.oraclecloud.apigateway.creategateway"),
    updateGateway: lro("com.oraclecloud.apigateway.updategateway"),
    deleteGateway: lro("com.oraclecloud.apigateway.deletegateway"),
    changeGatewayCompartment: lro("com.oraclecloud.apigateway.changegatewaycompartment"),
    createDeployment: lro("com.oraclecloud.apigateway.createdeployment"),
    updateDeployment: lro("com.oraclecloud.apigateway.updatedeployment"),
    deleteDeployment: lro("com.oraclecloud.apigateway.deletedeployment"),
    changeDeploymentCompartment: lro("com.oraclecloud.apigateway.changedeploymentcompartment"),
    createApi: lro("com.oraclecloud.apigateway.createapi"),
    updateApi: lro("com.oraclecloud.apigateway.updateapi"),
    deleteApi: lro("com.oraclecloud.apigateway.deleteapi"),
    changeApiCompartment: lro("com.oraclecloud.apigateway.changeapicompartment"),
    createGatewayCertificateBegin: "com.oraclecloud.apigateway.creategatewaycertificate.begin",
  },
  keyManagement: {
    createVault: lro("com.oraclecloud.keymanagementservice.createvault"),
    scheduleVaultDeletion: lro("com.oraclecloud.keymanagementservice.schedulevaultdeletion"),
    cancelVaultDeletion: lro("com.oraclecloud.keymanagementservice.cancelvaultdeletion"),
    changeVaultCompartment: lro("com.oraclecloud.keymanagementservice.changevaultcompartment"),
    backupVault: lro("com.oraclecloud.keymanagementservice.backupvault"),
    restoreVault: lro("com.oraclecloud.keymanagementservice.restorevault"),
    createKey: lro("com.oraclecloud.keymanagementservice.createkey"),
    enableKey: lro("com.oraclecloud.keymanagementservice.enablekey"),
    disableKey: lro("com.oraclecloud.keymanagementservice.disablekey"),
    scheduleKeyDeletion: lro("com.oraclecloud.keymanagementservice.schedulekeydeletion"),
    cancelKeyDeletion: lro("com.oraclecloud.keymanagementservice.cancelkeydeletion"),
    changeKeyCompartment: lro("com.oraclecloud.keymanagementservice.changekeycompartment"),
    backupKey: lro("com.oraclecloud.keymanagementservice.backupkey"),
    restoreKey: lro("com.oraclecloud.keymanagementservice.restorekey"),
    createKeyVersion: lro("com.oraclecloud.keymanagementservice.createkeyversion"),
    scheduleKeyVersionDeletion: lro("com.oraclecloud.keymanagementservice.schedulekeyversiondeletion"),
    cancelKeyVersionDeletion: lro("com.oraclecloud.keymanagementservice.cancelkeyversiondeletion"),
    autoKeyRotate: lro("com.oraclecloud.keymanagementservice.autokeyrotate"),
    keyVersionUsageLimit: "com.oraclecloud.keymanagementservice.keyversionusagelimit",
  },
  cloudGuard: {
    problemDetected: "com.oraclecloud.cloudguard.problemdetected",
    problemDismissed: "com.oraclecloud.cloudguard.problemdismissed",
    problemRemediated: "com.oraclecloud.cloudguard.problemremediated",
    sightingDetected: "com.oraclecloud.cloudguard.sightingdetected",
    status: "com.oraclecloud.cloudguard.status",
    announcements: "com.oraclecloud.cloudguard.announcements",
  },
  budgets: {
    createBudget: "com.oraclecloud.budgets.createbudget",
    updateBudget: "com.oraclecloud.budgets.updatebudget",
    deleteBudget: "com.oraclecloud.budgets.deletebudget",
    createAlertRule: "com.oraclecloud.budgets.createalertrule",
    updateAlertRule: "com.oraclecloud.budgets.updatealertrule",
    deleteAlertRule: "com.oraclecloud.budgets.deletealertrule",
  },
  notifications: {
    createTopic: "com.oraclecloud.notification.createtopic",
    updateTopic: "com.oraclecloud.notification.updatetopic",
    deleteTopic: "com.oraclecloud.notification.deletetopic",
    moveTopic: "com.oraclecloud.notification.movetopic",
    createSubscription: "com.oraclecloud.notification.createsubscription",
    updateSubscription: "com.oraclecloud.notification.updatesubscription",
    deleteSubscription: "com.oraclecloud.notification.deletesubscription",
    moveSubscription: "com.oraclecloud.notification.movesubscription",
  },
} as const;

type Leaves<T> = T extends string ? T : { [K in keyof T]: Leaves<T[K]> }[keyof T];

/** Every catalogued eventType string (a union of literals, so typos fail to compile). */
export type KnownEventType = Leaves<typeof EventTypes>;

function leaves(node: unknown): string[] {
  return typeof node === "string" ? [node] : Object.values(node as object).flatMap(leaves);
}

/** The catalogue as a set, for run-time checks. */
export const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set(leaves(EventTypes));

/** The shape OCI eventType strings (and wildcard patterns over them) have. */
export const EVENT_TYPE_PATTERN = /^com\.oraclecloud\.[a-z0-9.*]+$/;

/** An eventType outside the catalogue: built only through {@link EventType.custom}, so it stands out in review. */
export class EventType {
  /**
   * An eventType the catalogue does not list, or a wildcard pattern such as
   * `com.oraclecloud.objectstorage.*object`. Checked when the rule is built:
   * it must match `^com\.oraclecloud\.[a-z0-9.*]+$`, with no `**` and no empty
   * segment.
   */
  public static custom(value: string): EventType {
    return new EventType(value);
  }

  private constructor(public readonly value: string) {}
}

/** What {@link EventPattern.eventTypes} accepts: a catalogued string or an explicit {@link EventType.custom}. */
export type EventTypeLike = KnownEventType | EventType;

/** Validates one entry of `eventTypes` for `scope` and returns its string. */
export function checkEventType(scope: IConstruct, field: string, value: EventTypeLike): string {
  if (value instanceof EventType) {
    const s = value.value;
    if (isToken(s)) reject(scope, field, s, "an eventType must be a literal string: the condition is matched as written");
    else if (typeof s !== "string" || !EVENT_TYPE_PATTERN.test(s) || s.includes("**") || s.includes("..") || s.endsWith(".")) {
      reject(scope, field, s, "must match ^com\\.oraclecloud\\.[a-z0-9.*]+$ (lower case), with no '**' and no empty segment");
    }
    return s;
  }
  if (typeof value !== "string" || !KNOWN_EVENT_TYPES.has(value)) {
    reject(scope, field, value, "must be an eventType from the EventTypes catalogue; wrap any other type in EventType.custom(...)");
  }
  return value;
}

/** The Object Storage events that are only emitted for buckets with object events enabled. */
export const OBJECT_EVENT_TYPES: readonly string[] = [EventTypes.objectStorage.createObject, EventTypes.objectStorage.updateObject, EventTypes.objectStorage.deleteObject];

export { wildcardMatches };

/** Whether any of `eventTypes` selects object events (createobject/updateobject/deleteobject). */
export function selectsObjectEvents(eventTypes: readonly string[]): boolean {
  return eventTypes.some((t) => OBJECT_EVENT_TYPES.some((o) => wildcardMatches(t, o)));
}
