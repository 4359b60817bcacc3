package io.omnichannel.modelversions;

/** Where a deployed model version came from. */
public enum ModelSource {
  /** A {@code bpmn/*.bpmn} file shipped with the application, deployed at start. */
  CLASSPATH,
  /** A {@code .bpmn} file a process owner uploaded in the console. */
  UPLOAD,
  /** Edited in the console's modeler. */
  MODELER,
  /** An earlier version's XML deployed again. */
  ROLLBACK,
  /** The latest recorded version given back to an engine that had lost it. */
  RESTORE;

  String column() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static ModelSource of(String column) {
    return valueOf(column.toUpperCase(java.util.Locale.ROOT));
  }
}
