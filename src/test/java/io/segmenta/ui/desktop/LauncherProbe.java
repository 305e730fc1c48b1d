package io.segmenta.ui.desktop;

/**
 * The main class {@link LinuxLauncherScriptTest} starts through the Linux launcher script: prints each
 * argument in brackets, then the properties the launcher sets, and exits with the code given after
 * {@code --exit}.
 */
public final class LauncherProbe {
    private LauncherProbe() {
    }

    public static void main(String[] args) {
        int code = 0;
        for (int i = 0; i < args.length; i++) {
            System.out.println("arg[" + args[i] + "]");
            if (args[i].equals("--exit") && i + 1 < args.length) {
                code = Integer.parseInt(args[i + 1]);
            }
        }
        for (String p : new String[] {"probe.app", "probe.root", "probe.bin", "probe.plain", "jpackage.app-path"}) {
            System.out.println(p + "=" + System.getProperty(p));
        }
        System.exit(code);
    }
}
