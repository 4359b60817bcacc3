# Sourced by ./mvnw: makes sure Maven runs on a JDK 21 or newer.
# Keeps JAVA_HOME when it already points to one; otherwise looks at the java on
# the PATH and then at the JDKs installed under the usual folders, newest first.

mvnw_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

mvnw_is_jdk21() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  mvnw_major="$(mvnw_java_major "$1/bin/java")"
  [ -n "$mvnw_major" ] && [ "$mvnw_major" -ge 21 ]
}

mvnw_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && mvnw_is_jdk21 "$JAVA_HOME"; then
    return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    mvnw_candidate="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    if mvnw_is_jdk21 "$mvnw_candidate"; then
      JAVA_HOME="$mvnw_candidate"; export JAVA_HOME; return 0
    fi
  fi
  set +f # ./mvnw runs with globbing off
  for mvnw_candidate in $(ls -d /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -r -V); do
    if [ ! -L "$mvnw_candidate" ] && mvnw_is_jdk21 "$mvnw_candidate"; then
      JAVA_HOME="$mvnw_candidate"; export JAVA_HOME; set -f; return 0
    fi
  done
  set -f
  echo "mvnw: this project needs a JDK 21 or newer; none was found in JAVA_HOME, on the PATH or under /usr/lib/jvm." >&2
  echo "mvnw: install one (for example Temurin 21) and set JAVA_HOME to it." >&2
  exit 1
}

mvnw_select_jdk
