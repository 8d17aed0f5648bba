using Pilkada.Cli;

return await PilkadaCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
