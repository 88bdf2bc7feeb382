#!/usr/bin/env bash
# Builds <out>/subnet-storage-auth_<version>-1_amd64.deb from the service's shaded jar (ADR 0014).
# jpackage links the Java runtime the jar needs (jlink), writes the launcher and builds the package with
# the control file and maintainer scripts of debian/jpackage/. JDK 17's jpackage can neither place files
# outside its install directory nor declare conffiles, so the package is then unpacked, given the systemd
# unit and the operator's env file (a conffile), and built again, compressed once.
# Usage: deploy/debian/build-deb.sh bootstrap/target/subnet-storage-auth.jar 0.1.0-SNAPSHOT deploy/target
# Needs jpackage (JDK 17 or later), dpkg-deb and fakeroot; scripts/test.sh installs the last two when absent.
# The package bundles the runtime of the JDK whose jpackage builds it (ADR 0030): PACKAGE_JDK when set, else
# Temurin 25 where it is installed (the service runs its request work on virtual threads there, and warms up
# faster), else the JDK on the PATH.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jar=$1
version=$2
out=$3
name=subnet-storage-auth
# A Debian version must start with a digit, and "~" sorts before the release: 0.1.0~snapshot < 0.1.0.
deb_version=${version/-SNAPSHOT/\~snapshot}

# What `jdeps --print-module-deps` finds in the jar (DebianPackageIT checks it still covers that), plus
# modules reached only through service lookup or reflection: jdk.crypto.ec (TLS key exchange with S3,
# PostgreSQL and Redis), jdk.security.auth (the embedded PostgreSQL asks it whether it runs as root),
# jdk.zipfs and jdk.naming.dns.
modules=java.base,java.compiler,java.desktop,java.naming,java.net.http,java.rmi,java.security.jgss,java.sql
modules+=,jdk.httpserver,jdk.jfr,jdk.management,jdk.net,jdk.unsupported
modules+=,jdk.crypto.ec,jdk.security.auth,jdk.zipfs,jdk.naming.dns

jdk=${PACKAGE_JDK:-}
if [[ -z $jdk && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/jpackage ]]; then jdk=/usr/lib/jvm/temurin-25-jdk-amd64; fi
jpackage=${jdk:+$jdk/bin/}jpackage

work=$out/deb-work
rm -rf "$work" "$out/${name}_"*.deb
mkdir -p "$work/input" "$work/jpackage"
cp "$jar" "$work/input/$name.jar"
# The control file's version (DEB_VERSION there) is written here: jpackage's own placeholder for it differs
# between JDK 17 (APPLICATION_VERSION-APPLICATION_RELEASE) and later ones (APPLICATION_VERSION_WITH_RELEASE).
cp -r "$here/jpackage" "$work/resources"
sed -i "s/^Version: DEB_VERSION$/Version: $deb_version-1/" "$work/resources/control"

# Uncompressed: this first package is only unpacked again below.
DPKG_DEB_COMPRESSOR_TYPE=none "$jpackage" --type deb \
    --name "$name" --linux-package-name "$name" --app-version "$deb_version" \
    --description "Blockchain-authenticated storage access for a Bittensor subnet" \
    --vendor "Subnet Storage Auth" --linux-deb-maintainer "maintainers@subnet-storage-auth.invalid" \
    --input "$work/input" --main-jar "$name.jar" --add-modules "$modules" \
    --java-options "-XX:+ExitOnOutOfMemoryError" \
    --resource-dir "$work/resources" --dest "$work/jpackage"

tree=$work/tree
dpkg-deb -R "$work/jpackage/"*.deb "$tree"
install -D -m 0644 "$here/$name.service" "$tree/usr/lib/systemd/system/$name.service"
install -D -m 0640 "$here/env" "$tree/etc/$name/env"
echo "/etc/$name/env" > "$tree/DEBIAN/conffiles"
sed -i "s/^Installed-Size: .*/Installed-Size: $(du -sk --exclude=DEBIAN "$tree" | cut -f1)/" "$tree/DEBIAN/control"
# gzip: every dpkg reads it, and it takes seconds where xz takes a minute for 9 % fewer bytes (the jar
# inside is compressed already).
fakeroot dpkg-deb -Zgzip --root-owner-group --build "$tree" "$out" >/dev/null
rm -rf "$work"
ls "$out/${name}_"*.deb
