"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/card";
import { t, vi } from "@/lib/i18n/vi";

const LoginSchema = z.object({
  username: z.string().trim().min(1, "Vui lòng nhập tên đăng nhập."),
  password: z.string().min(1, "Vui lòng nhập mật khẩu."),
});
type LoginInput = z.infer<typeof LoginSchema>;

export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<LoginInput>({ resolver: zodResolver(LoginSchema) });

  async function onSubmit(values: LoginInput) {
    setError(null);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (res?.ok && !res.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    const locked = res?.error?.match(/^LOCKED:(\d+)/);
    setError(locked ? t(vi.auth.locked, { minutes: locked[1] }) : vi.auth.invalid);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="space-y-4" noValidate>
      {error ? (
        <div data-testid="login-error">
          <Notice tone="error">{error}</Notice>
        </div>
      ) : null}
      <Field label={vi.auth.username} htmlFor="username" error={formState.errors.username?.message}>
        <TextInput id="username" autoComplete="username" autoCapitalize="none" {...register("username")} />
      </Field>
      <Field label={vi.auth.password} htmlFor="password" error={formState.errors.password?.message}>
        <TextInput id="password" type="password" autoComplete="current-password" {...register("password")} />
      </Field>
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? vi.auth.signingIn : vi.auth.signIn}
      </Button>
    </form>
  );
}
