#!/usr/bin/env bash
# Runs segmenta-spark on this machine without a cluster (Spark in local mode, all cores unless --master
# local[N] is given), with the job jar and the Spark jars the build downloaded:
#   bash spark/run-local.sh cluster TABLE --features A,B --k 5 --model MODEL.json --out DIR
#   bash spark/run-local.sh sweep TABLE --features A,B --k-min 2 --k-max 10
#   bash spark/run-local.sh rfm LOG --customer COL --date COL --invoice COL --amount COL --out DIR
# Build first: ./mvnw verify (or ./mvnw install -DskipTests && ./mvnw -f spark/pom.xml package -DskipTests).
# Heap: SEGMENTA_SPARK_MEMORY (default 4g). Needs Java 17 or 21.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/segmenta-spark.jar"
classpath="$here/target/spark-classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$classpath" ]; then
  echo "run-local.sh: $jar is not built. Run ./mvnw verify in $(dirname "$here") first." >&2
  exit 1
fi
# What Java 17 must open for Spark (Spark's own list, org.apache.spark.launcher.JavaModuleOptions;
# spark-submit adds it by itself)
opens=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true -Dio.netty.allocator.type=pooled
  -Dio.netty.handler.ssl.defaultEndpointVerificationAlgorithm=NONE --enable-native-access=ALL-UNNAMED)
exec java "${opens[@]}" -Xmx"${SEGMENTA_SPARK_MEMORY:-4g}" -Dspark.ui.enabled=false \
  -Dlog4j2.configurationFile="$here/log4j2-local.properties" \
  -cp "$jar:$(cat "$classpath")" io.segmenta.spark.SegmentaSpark "$@"
