package org.frontline.importjob.cli;

import java.util.Arrays;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The {@code import} command of the jar: the application without its web server, running {@link ImportCommand} once
 * and exiting with its status.
 */
@Component
@ConditionalOnProperty(name = ImportCommandLine.COMMAND, havingValue = ImportCommandLine.IMPORT)
public class ImportCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "frontline.command";
    static final String IMPORT = "import";

    private final ImportCommand command;
    private int exitCode;

    public ImportCommandLine(ImportCommand command) {
        this.command = command;
    }

    /** @return whether the arguments ask for the import command rather than the service */
    public static boolean isImport(String[] args) {
        return args.length > 0 && args[0].equals(IMPORT);
    }

    /** Runs the import command: {@code args} are "import" and the paths (and any --property=value). */
    public static int run(Class<?> application, String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                // the command's own lines are its output; the application's start-up log is noise here
                .properties(COMMAND + "=" + IMPORT, "logging.level.root=WARN")
                .run(Arrays.copyOfRange(args, 1, args.length));
        return SpringApplication.exit(context);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        exitCode = command.run(arguments.getNonOptionArgs(), System.out, System.console() != null);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
