#!/usr/bin/env bash
# Takes the designer screenshots under Xvfb into docs/screenshots/ (default design, findings, simulation, dark, a
# 979-element import fitted,
# a workshop lesson in progress and its solution diff). The lesson is the bundled host-path-routing one; name another
# (a bundled id or a lesson file) with LESSON=... scripts/screenshots.sh. The reference design (issue 15) is the one
# ReferenceDesignByHandTest builds and saves to app/target/reference-design.archway.json (REFERENCE=... for another).
# Needs: apt-get install -y xvfb imagemagick libgtk-3-0. Run from the repository root.
set -euo pipefail
out="${1:-docs/screenshots}"
mkdir -p "$out"
# The screenshot scenes are a developer tool in app's test sources (they use the test fixtures' synthetic designs).
mvn -q -o -DskipTests package dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath \
    -pl app -am
xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.order=sw \
    -Darchway.screenshots.lesson="${LESSON:-host-path-routing}" \
    -Darchway.screenshots.reference="${REFERENCE:-app/target/reference-design.archway.json}" \
    -cp "app/target/test-classes:app/target/archway.jar:$(cat app/target/test.classpath)" \
    dev.archway.app.ui.Screenshots "$out"
# Whole-screen check that the window really maps on an X display (the PNGs above are the window itself).
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "java -cp app/target/archway.jar dev.archway.app.Launcher & \
    sleep 20; import -window root '$out/xvfb-root.png'; kill %1" || true
