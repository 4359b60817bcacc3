/**
 * The product's record of the process model versions it deployed: who, when, from which file or
 * page, with the XML of each, so the console can show, compare and roll back every version.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Model versions")
package io.omnichannel.modelversions;
